package org.zhijian.credit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.credit.ClassQuery;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.CsvCell;
import org.zhijian.platform.XlsxTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A month's classes for the provincial credit platform, USCC-keyed: CSV (UTF-8 with BOM), XLSX or JSON (an array of
 * objects), within the reader's area, read in credit-code order in slices of {@value #SLICE}.
 */
@Component
class ClassExport {

    static final int SLICE = 5_000;
    static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "月份", "类别", "风险分", "方案版本", "县市区代码");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ClassReads reads;
    private final EnterpriseManagement enterprises;

    ClassExport(JdbcClient jdbc, ClassReads reads, EnterpriseManagement enterprises) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.enterprises = enterprises;
    }

    /** One exported class. */
    record Line(
            String uscc,
            String name,
            String month,
            String creditClass,
            BigDecimal score,
            String version,
            String county) {

        Object[] cells() {
            return new Object[] {uscc, name, month, creditClass, score, version, county};
        }
    }

    /** Writes the classes; returns how many. */
    long write(ClassQuery query, String format, OutputStream out) throws IOException {
        ClassReads.Resolved r = reads.resolve(query);
        return switch (format == null ? "csv" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> csv(r, out);
            case "xlsx" -> xlsx(r, out);
            case "json" -> json(r, out);
            default -> throw new BusinessRuleViolation(CreditErrors.BAD_FILE, "导出格式须为 csv、xlsx 或 json：" + format);
        };
    }

    private long csv(ClassReads.Resolved r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get());
        long n = each(r, line -> {
            try {
                csv.printRecord(CsvCell.safe(java.util.Arrays.asList(line.cells())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return n;
    }

    private long xlsx(ClassReads.Resolved r, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable("信用风险分类 " + r.month(), HEADER)) {
            long n = each(r, line -> table.add(line.cells()));
            table.write(out);
            return n;
        }
    }

    private long json(ClassReads.Resolved r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('[');
        long[] n = {0};
        each(r, line -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("uscc", line.uscc());
            o.put("name", line.name());
            o.put("month", line.month());
            o.put("creditClass", line.creditClass());
            o.put("score", line.score());
            o.put("schemeVersion", line.version());
            o.put("countyCode", line.county());
            try {
                w.write((n[0]++ == 0 ? "\n" : ",\n") + JSON.writeValueAsString(o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.write("\n]\n");
        w.flush();
        return n[0];
    }

    private long each(ClassReads.Resolved r, java.util.function.Consumer<Line> sink) {
        String after = "";
        long n = 0;
        while (true) {
            Map<String, Object> params = new HashMap<>(r.where().params());
            params.put("after", after);
            List<Line> slice = new ArrayList<>();
            jdbc.sql("select uscc, credit_class, score, county_code from credit_class where "
                            + String.join(" and ", r.where().where()) + " and uscc > :after order by uscc limit "
                            + SLICE)
                    .params(params)
                    .query(rs -> {
                        slice.add(new Line(
                                rs.getString(1),
                                "",
                                r.month().toString(),
                                rs.getString(2),
                                rs.getBigDecimal(3),
                                r.version(),
                                rs.getString(4)));
                    });
            if (slice.isEmpty()) {
                return n;
            }
            Map<String, String> names =
                    enterprises.names(slice.stream().map(Line::uscc).toList());
            for (Line l : slice) {
                sink.accept(new Line(
                        l.uscc(),
                        names.getOrDefault(l.uscc(), ""),
                        l.month(),
                        l.creditClass(),
                        l.score(),
                        l.version(),
                        l.county()));
            }
            n += slice.size();
            after = slice.get(slice.size() - 1).uscc();
        }
    }
}
