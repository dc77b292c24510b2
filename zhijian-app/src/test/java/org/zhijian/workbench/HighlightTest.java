package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void marksEveryOccurrenceOfEveryWordIgnoringCase() {
        Highlight h = Highlight.of("湖南鑫华食品 Foods，鑫华月饼", List.of("鑫华", "foods"));

        assertThat(h.pieces())
                .containsExactly(
                        new Highlight.Piece("湖南", false),
                        new Highlight.Piece("鑫华", true),
                        new Highlight.Piece("食品 ", false),
                        new Highlight.Piece("Foods", true),
                        new Highlight.Piece("，", false),
                        new Highlight.Piece("鑫华", true),
                        new Highlight.Piece("月饼", false));
    }

    @Test
    void keepsTextWithoutMatchesWholeAndEmptyTextEmpty() {
        assertThat(Highlight.of("<b>不转义在页面里做</b>", List.of("无")).pieces())
                .containsExactly(new Highlight.Piece("<b>不转义在页面里做</b>", false));
        assertThat(Highlight.of(null, List.of("x")).pieces()).isEmpty();
    }
}
