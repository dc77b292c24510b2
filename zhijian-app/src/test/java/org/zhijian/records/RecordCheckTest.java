package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RecordCheckTest {

    /** A kind with a field of every type. */
    static final RecordKind EVERY_TYPE = RecordKind.builder("everything", "样例")
            .storedIn("sample", "sample_table")
            .page("/samples/")
            .fields(
                    "no",
                    Field.text("no", "编号").required().searchable(),
                    Field.choice("colour", "颜色", List.of("红", "绿")).orElse("红"),
                    Field.date("on", "日期").notFuture(),
                    Field.timestamp("at", "时间"),
                    Field.decimal("amount", "金额", 2, "numeric(14, 2)"),
                    Field.yesNo("flag", "标记"),
                    Field.url("url", "链接"),
                    Field.phone("phone", "电话"),
                    Field.uscc("uscc", "信用代码"),
                    Field.residentId("id", "身份证号"),
                    Field.county("县区").required(),
                    Field.category("类别"),
                    Field.hazard("危害").lenient().searchable())
            .linkedBy("uscc", "no")
            .build();

    private final RecordCheck check = new RecordCheck(new TestLookups(), () -> RecordCheckFiles.TODAY);

    @Test
    void storesEachFieldsColumnsInOrderThenTheSearchText() {
        assertThat(EVERY_TYPE.columns().stream().map(Field.Column::name))
                .containsExactly(
                        "no",
                        "colour",
                        "on",
                        "at",
                        "amount",
                        "flag",
                        "url",
                        "phone",
                        "uscc",
                        "id",
                        "county_code",
                        "prefecture_code",
                        "category_code",
                        "category_source",
                        "hazard_type",
                        "hazard_code",
                        "hazard_source",
                        "search_text");
        assertThat(EVERY_TYPE.columns().get(2).sqlType()).isEqualTo("date");
        assertThat(EVERY_TYPE.columns().get(4).sqlType()).isEqualTo("numeric(14, 2)");
    }

    @Test
    void looksForTheLinkAgainWhenAnImportUpdatesARecord() {
        assertThat(EVERY_TYPE.onUpdate()).isEqualTo("link_status = null");
    }

    @Test
    void refusesAnImportedKindWithoutAKeyOrACounty() {
        assertThatThrownBy(() -> RecordKind.builder("x", "x")
                        .storedIn("x", "x")
                        .page("/x/")
                        .fields("missing", Field.text("no", "编号"), Field.county("县区"))
                        .build())
                .hasMessageContaining("key field");
        assertThatThrownBy(() -> RecordKind.builder("x", "x")
                        .storedIn("x", "x")
                        .page("/x/")
                        .fields("no", Field.text("no", "编号"))
                        .build())
                .hasMessageContaining("county");
    }

    @Test
    void givesTypedValues() {
        Checked c = check.check(
                EVERY_TYPE,
                2,
                Map.of("no", " A1 ", "county_code", "430102", "amount", "3.5", "flag", "是", "on", "2026-01-02"));
        assertThat(c).isInstanceOf(Checked.Valid.class);
        StoredRow row = ((Checked.Valid) c).row();
        assertThat(row.get("no")).isEqualTo("A1");
        assertThat(row.get("amount")).isEqualTo(new java.math.BigDecimal("3.5"));
        assertThat(row.get("flag")).isEqualTo(Boolean.TRUE);
        assertThat(row.get("on")).isEqualTo(java.time.LocalDate.of(2026, 1, 2));
        assertThat(row.get("colour")).isEqualTo("红");
        assertThat(row.get("uscc")).isNull();
    }

    @Test
    void runsTheKindsRulesOnTheValuesRead() {
        RecordKind ruled = RecordKind.builder("ruled", "规则")
                .storedIn("x", "x")
                .page("/x/")
                .fields("no", Field.text("no", "编号"), Field.county("县区"))
                .rule(row -> row.text("no").startsWith("X")
                        ? Optional.of(new RowRule.Problem("no", "不能以 X 开头"))
                        : Optional.empty())
                .build();
        Checked c = check.check(ruled, 7, Map.of("no", "X1", "county_code", "430102"));
        assertThat(((Checked.Invalid) c).errors()).singleElement().hasToString("第 7 行，列“编号”，值“X1”：不能以 X 开头");
    }

    @Property(tries = 300)
    void neverThrowsAndAlwaysSaysWhy(
            @ForAll String no,
            @ForAll String on,
            @ForAll String at,
            @ForAll String amount,
            @ForAll String url,
            @ForAll String county,
            @ForAll String hazard) {
        Map<String, String> in = new HashMap<>();
        in.put("no", no);
        in.put("on", on);
        in.put("at", at);
        in.put("amount", amount);
        in.put("url", url);
        in.put("county_code", county);
        in.put("hazard_type", hazard);
        Checked c = check.check(EVERY_TYPE, 2, in);
        if (c instanceof Checked.Valid valid) {
            assertThat(valid.row().values().keySet())
                    .containsExactlyElementsOf(EVERY_TYPE.columns().stream()
                            .map(Field.Column::name)
                            .toList());
        } else {
            assertThat(((Checked.Invalid) c).errors())
                    .allSatisfy(e -> assertThat(e.message()).isNotBlank());
        }
    }
}
