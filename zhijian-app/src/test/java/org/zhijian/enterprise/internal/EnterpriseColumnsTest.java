package org.zhijian.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.enterprise.FieldProblem;
import org.zhijian.enterprise.Licence;

class EnterpriseColumnsTest {

    @Test
    void readsDatesInTheFormatsOfficersType() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(EnterpriseColumns.date("2019-03-05", problems)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(EnterpriseColumns.date("2019/3/5", problems)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(EnterpriseColumns.date("2019年3月5日", problems)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(EnterpriseColumns.date("20190305", problems)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(EnterpriseColumns.date("43529", problems)).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsImpossibleAndFutureDates() {
        List<FieldProblem> problems = new ArrayList<>();

        EnterpriseColumns.date("2019-13-45", problems);
        EnterpriseColumns.date(LocalDate.now().plusDays(3).toString(), problems);

        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.field()).isEqualTo("establishedOn"));
    }

    @Test
    void splitsListsOnChineseAndLatinSeparators() {
        assertThat(EnterpriseColumns.list("FOOD；CON, COS、AGRI")).containsExactly("FOOD", "CON", "COS", "AGRI");
        assertThat(EnterpriseColumns.list(null)).isEmpty();
    }

    @Test
    void parsesLicencesAndReportsMalformedOnes() {
        List<FieldProblem> problems = new ArrayList<>();

        List<Licence> licences = EnterpriseColumns.licences("食品生产许可证|SC1|2028-12-31；坏许可证", problems);

        assertThat(licences).containsExactly(new Licence("食品生产许可证", "SC1", LocalDate.of(2028, 12, 31)));
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("种类|编号|有效期至"));
    }

    @Test
    void writesPostgresArrayLiteralsWithEscapes() {
        assertThat(EnterpriseColumns.arrayLiteral(List.of("a", "b\"c", "d\\e")))
                .isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\"}");
    }

    @Test
    void takesTheCodeFromTemplateDropDownValues() {
        assertThat(EnterpriseColumns.leadingCode("430102 长沙市芙蓉区")).isEqualTo("430102");
        assertThat(EnterpriseColumns.leadingCode("芙蓉区")).isEqualTo("芙蓉区");
    }
}
