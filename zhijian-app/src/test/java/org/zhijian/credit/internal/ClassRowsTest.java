package org.zhijian.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.CreditScorer;
import org.zhijian.algo.credit.Fact;
import org.zhijian.algo.credit.Outcome;
import org.zhijian.credit.SheetLine;
import org.zhijian.enterprise.RegistryEntry;

class ClassRowsTest {

    private static CreditScheme hunan() throws Exception {
        return SchemeJson.read(
                ClassRowsTest.class.getResourceAsStream(SchemeStore.DEFAULT).readAllBytes());
    }

    @Test
    void aStoredSheetReadsBackWithEveryIndicatorAndAddsUpToTheScore() throws Exception {
        CreditScheme scheme = hunan();
        LocalDate end = LocalDate.of(2026, 11, 30);
        Outcome o = CreditScorer.score(
                scheme,
                end,
                List.of(
                        new Fact("SAMPLE_FAILED", end.minusDays(3), null, Double.NaN, "S-1"),
                        new Fact("PENALTY", end.minusDays(9), null, 120_000, "P-1")));

        List<SheetLine> lines = ClassRows.lines(scheme, ClassRows.sheet(o, null));

        assertThat(lines).hasSize(scheme.indicators().size() + 1);
        assertThat(lines.stream().map(SheetLine::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(o.score()));
        assertThat(lines)
                .filteredOn(l -> l.count() > 0)
                .extracting(SheetLine::indicator)
                .containsExactly("K-SAMPLE-FAIL", "K-PENALTY", "K-PENALTY-LARGE");
        assertThat(ClassRows.rules(scheme, ClassRows.sheet(o, null))).isEmpty();
    }

    @Test
    void anOverridingNationalClassIsTheStoredClassAndIsNamedOnTheSheet() throws Exception {
        CreditScheme scheme = hunan();
        Outcome o = CreditScorer.score(scheme, LocalDate.of(2026, 11, 30), List.of());
        var row = new ClassRows.Row(new RegistryEntry("X", "430102", "430100", "14", null), o, "D");

        assertThat(o.creditClass().name()).isEqualTo("A");
        assertThat(row.finalClass()).isEqualTo("D");
        assertThat(ClassRows.rules(scheme, ClassRows.sheet(o, "D"))).containsExactly("按国家平台导入的分类列为 D 类（覆盖本平台分类）");
    }
}
