package org.zhijian.risk.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhijian.algo.detection.WeekResult;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.CsvCell;
import org.zhijian.platform.CsvText;
import org.zhijian.risk.DetectionOutcome;

/**
 * The series files analysts bring and get back. In: UTF-8 (with or without BOM) or GB18030 CSV with the columns
 * {@code week_index,observed}; a bad cell is reported with its row and column. Out: {@code week_index, observed,
 * expected, upperbound, alarm} and the method's diagnostics; NA where a week was not evaluated (alarm NA too).
 */
final class SeriesCsv {

    /** A parsed series. */
    record Series(List<Integer> weeks, double[] observed) {}

    private SeriesCsv() {}

    static Series read(byte[] bytes) {
        List<Integer> weeks = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(CsvText.decode(bytes)))) {
            if (!parser.getHeaderMap().containsKey("week_index")
                    || !parser.getHeaderMap().containsKey("observed")) {
                throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "文件须有 week_index 和 observed 两列");
            }
            for (CSVRecord r : parser) {
                long row = r.getRecordNumber() + 1;
                weeks.add((int) whole(r.get("week_index"), row, "week_index"));
                counts.add((double) whole(r.get("observed"), row, "observed"));
            }
        } catch (IOException | IllegalStateException e) {
            throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "无法读取 CSV：" + e.getMessage());
        }
        if (weeks.isEmpty()) {
            throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "文件没有数据行");
        }
        return new Series(
                weeks, counts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long whole(String cell, long row, String column) {
        try {
            long v = Long.parseLong(cell.strip());
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolation(
                    RiskErrors.BAD_SERIES, "第 " + row + " 行 " + column + " 列：“" + cell + "”不是非负整数");
        }
    }

    static String write(DetectionOutcome outcome) {
        StringBuilder out = new StringBuilder("week_index,observed,expected,upperbound,alarm");
        outcome.diagnostics().forEach(d -> out.append(',').append(CsvCell.safe(d)));
        out.append('\n');
        for (WeekResult r : outcome.results()) {
            out.append(r.week())
                    .append(',')
                    .append(number(r.observed()))
                    .append(',')
                    .append(number(r.expected()));
            out.append(',').append(number(r.upperbound())).append(',');
            out.append(r.evaluated() ? (r.alarm() ? "1" : "0") : "NA");
            for (String d : outcome.diagnostics()) {
                out.append(',').append(number(r.diagnostics().getOrDefault(d, Double.NaN)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.10g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
