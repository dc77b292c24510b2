package org.zhijian.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseSearchTest {

    @Test
    void splits_a_fragment_into_lower_cased_character_pairs_without_blanks() {
        assertThat(EnterpriseSearch.bigrams("湘江 Food")).containsExactly("湘江", "fo", "oo", "od");
        assertThat(EnterpriseSearch.bigrams("鑫")).isEmpty();
    }

    @Test
    void pairs_characters_outside_the_basic_plane_as_the_database_does() {
        assertThat(EnterpriseSearch.bigrams("𠮷野家")).containsExactly("𠮷野", "野家");
    }
}
