package org.zhijian.algo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordClassifierTest {

    private final KeywordClassifier classifier = new KeywordClassifier(List.of(
            new Keyword("GRAIN", "米粉", 1),
            new Keyword("INFANT", "婴儿米粉", 1),
            new Keyword("INFANT", "奶粉", 1),
            new Keyword("TOY", "玩具", 1),
            new Keyword("BIKE", "电动车", 1),
            new Keyword("CHARGER", "充电器", 1.5),
            new Keyword("KITCHEN", "热水壶", 1),
            new Keyword("MASK", "KN95", 1)));

    @Test
    void the_longer_term_hides_the_shorter_one_inside_it() {
        List<LabelScore> ranking = classifier.rank(List.of("婴儿", "米粉", "里", "有", "虫子"));

        assertThat(ranking).extracting(LabelScore::label).containsExactly("INFANT");
        assertThat(ranking.get(0).terms()).containsExactly("婴儿米粉");
    }

    @Test
    void a_term_at_the_end_of_a_compound_counts_fully() {
        List<LabelScore> ranking = classifier.rank(List.of("电动玩具", "起火"));

        assertThat(ranking.get(0).label()).isEqualTo("TOY");
        assertThat(ranking.get(0).score()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void a_term_the_segmenter_cut_across_counts_half() {
        List<LabelScore> ranking = classifier.rank(List.of("买", "的", "玩", "具有", "异味"));

        assertThat(ranking.get(0).score()).isCloseTo(KeywordClassifier.UNALIGNED, within(1e-9));
    }

    @Test
    void weights_decide_between_two_products_in_one_phrase() {
        List<LabelScore> ranking = classifier.rank(List.of("电动车", "充电器", "外壳", "融化"));

        assertThat(ranking).extracting(LabelScore::label).containsExactly("CHARGER", "BIKE");
    }

    @Test
    void full_width_letters_match_half_width_terms() {
        assertThat(classifier.best(List.of("ＫＮ９５", "口罩"), 1))
                .get()
                .extracting(LabelScore::label)
                .isEqualTo("MASK");
    }

    @Test
    void a_term_spanning_two_words_is_found() {
        assertThat(classifier.best(List.of("电热", "水壶", "漏电"), 1))
                .get()
                .extracting(LabelScore::label)
                .isEqualTo("KITCHEN");
    }

    @Test
    void an_english_term_counts_only_as_a_whole_word() {
        KeywordClassifier c =
                new KeywordClassifier(List.of(new Keyword("OVEN", "range", 1), new Keyword("SEAT", "car seat", 1)));

        assertThat(c.best(List.of("orange", " ", "juice"), 1)).isEmpty();
        assertThat(c.best(List.of("Gas", " ", "Range"), 1))
                .get()
                .extracting(LabelScore::label)
                .isEqualTo("OVEN");
        assertThat(c.best(List.of("infant", " ", "car", " ", "seat"), 1))
                .get()
                .extracting(LabelScore::label)
                .isEqualTo("SEAT");
    }

    @Test
    void a_text_without_any_term_gives_no_label() {
        assertThat(classifier.rank(List.of("服务", "态度", "差"))).isEmpty();
        assertThat(classifier.rank(List.of())).isEmpty();
        assertThat(classifier.best(List.of("玩", "具有"), 1)).isEmpty();
    }

    @Test
    void equal_scores_go_to_the_longer_term_then_to_the_first_mentioned() {
        KeywordClassifier c = new KeywordClassifier(
                List.of(new Keyword("A", "鞋", 1), new Keyword("B", "拖把", 1), new Keyword("C", "伞", 1)));

        assertThat(c.rank(List.of("鞋", "和", "拖把")))
                .extracting(LabelScore::label)
                .containsExactly("B", "A");
        assertThat(c.rank(List.of("伞", "和", "鞋"))).extracting(LabelScore::label).containsExactly("C", "A");
    }

    @Test
    void one_term_may_serve_several_labels() {
        KeywordClassifier c = new KeywordClassifier(List.of(new Keyword("A", "电池", 1), new Keyword("B", "电池", 2)));

        assertThat(c.rank(List.of("电池", "鼓包"))).extracting(LabelScore::label).containsExactly("B", "A");
    }

    @Test
    void a_keyword_needs_a_term_and_a_positive_weight() {
        assertThatThrownBy(() -> new Keyword("A", " ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keyword("A", "鞋", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keyword("A", "鞋", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
