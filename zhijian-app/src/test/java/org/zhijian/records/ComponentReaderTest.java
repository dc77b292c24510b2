package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhijian.classification.ClassifiedAs;

class ComponentReaderTest {

    enum State {
        OPEN,
        CLOSED
    }

    record Note(
            long id,
            String noteNo,
            LocalDate takenOn,
            OffsetDateTime closedAt,
            BigDecimal amount,
            int severity,
            Long sales,
            boolean urgent,
            State state,
            String countyCode,
            String countyName,
            ClassifiedAs classifiedAs) {}

    record Odd(long id, java.util.List<String> tags) {}

    /** Stored columns from a map, the county named 芙蓉区. */
    record Columns(Map<String, Object> values) implements StoredColumns {
        public long id() {
            return ((Number) values.get("id")).longValue();
        }

        public String text(String column) {
            return (String) values.get(column);
        }

        public LocalDate date(String column) {
            return (LocalDate) values.get(column);
        }

        public OffsetDateTime timestamp(String column) {
            return (OffsetDateTime) values.get(column);
        }

        public BigDecimal decimal(String column) {
            return (BigDecimal) values.get(column);
        }

        public Long number(String column) {
            Number n = (Number) values.get(column);
            return n == null ? null : n.longValue();
        }

        public boolean yes(String column) {
            return Boolean.TRUE.equals(values.get(column));
        }

        public String countyName() {
            return "芙蓉区";
        }
    }

    static Columns aRow() {
        Map<String, Object> v = new HashMap<>();
        v.put("id", 7L);
        v.put("note_no", "N-7");
        v.put("taken_on", LocalDate.of(2026, 5, 8));
        v.put("amount", new BigDecimal("12.50"));
        v.put("severity", 3);
        v.put("urgent", true);
        v.put("state", "CLOSED");
        v.put("county_code", "430102");
        v.put("category_code", "CON-EE");
        v.put("category_source", "AUTO");
        return new Columns(v);
    }

    @Test
    void readsEachComponentFromTheColumnOfItsNameInSnakeCase() {
        Note n = ComponentReader.of(Note.class).read(aRow());

        assertThat(n.id()).isEqualTo(7);
        assertThat(n.noteNo()).isEqualTo("N-7");
        assertThat(n.takenOn()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(n.closedAt()).isNull();
        assertThat(n.amount()).isEqualByComparingTo("12.5");
        assertThat(n.severity()).isEqualTo(3);
        assertThat(n.sales()).isNull();
        assertThat(n.urgent()).isTrue();
        assertThat(n.state()).isEqualTo(State.CLOSED);
        assertThat(n.countyCode()).isEqualTo("430102");
        assertThat(n.countyName()).isEqualTo("芙蓉区");
        assertThat(n.classifiedAs()).isEqualTo(new ClassifiedAs("CON-EE", true, null, false));
    }

    @Test
    void readsADeclaredComponentWithItsOwnValue() {
        Note n = ComponentReader.of(Note.class)
                .with("noteNo", c -> c.text("note_no").replace("N", "*"))
                .read(aRow());

        assertThat(n.noteNo()).isEqualTo("*-7");
    }

    @Test
    void refusesAComponentOfAnotherTypeOrAnUnknownName() {
        assertThatThrownBy(() -> ComponentReader.of(Odd.class).read(aRow())).hasMessageContaining("tags");
        assertThatThrownBy(() -> ComponentReader.of(Note.class).with("nothing", c -> 1))
                .hasMessageContaining("nothing");
        assertThat(ComponentReader.of(Odd.class)
                        .with("tags", c -> java.util.List.of())
                        .read(aRow())
                        .tags())
                .isEmpty();
    }

    @Test
    void namesColumnsInSnakeCase() {
        assertThat(ComponentReader.column("caseNo")).isEqualTo("case_no");
        assertThat(ComponentReader.column("manufacturerUscc")).isEqualTo("manufacturer_uscc");
        assertThat(ComponentReader.column("id")).isEqualTo("id");
    }
}
