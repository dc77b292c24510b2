package org.zhijian.credit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhijian.algo.credit.Band;
import org.zhijian.algo.credit.CreditClass;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.HardRule;
import org.zhijian.algo.credit.Indicator;
import org.zhijian.algo.credit.InvalidSchemeException;

/**
 * A classification scheme as one table (CSV in UTF-8 or GB18030, or the first sheet of an XLSX workbook), one row per
 * item, its kind in 类型: 方案 (代码 = version, 名称, 分值 = base), 指标 (代码, 名称, 维度, 事实类型 separated by
 * 、 or ;, 时间窗（月）, 分值, 封顶, 金额下限, 仅计未移出 是/否), 分级 (类别, 下限, 上限; blank for an open end) and
 * 规则 (代码, 名称, 事实类型, 时间窗（月）, 仅计未移出, 类别 = the least class). Every problem names its row and column.
 */
final class SchemeSheets {

    static final List<String> HEADER =
            List.of("类型", "代码", "名称", "维度", "事实类型", "时间窗（月）", "分值", "封顶", "金额下限", "仅计未移出", "类别", "下限", "上限");

    private SchemeSheets() {}

    static boolean isSheet(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    static CreditScheme read(String fileName, byte[] content) {
        List<Map<String, String>> rows;
        try {
            rows = SheetRows.read(fileName, content);
        } catch (SheetRows.Unreadable e) {
            throw new InvalidSchemeException(List.of(e.getMessage()));
        }
        Parse p = new Parse();
        for (int i = 0; i < rows.size(); i++) {
            p.row(i + 2, rows.get(i));
        }
        p.problems.addAll(CreditScheme.validate(p.version, p.indicators, p.bands, p.rules));
        if (!p.problems.isEmpty()) {
            throw new InvalidSchemeException(p.problems);
        }
        return new CreditScheme(p.version, p.name, p.base, p.indicators, p.bands, p.rules);
    }

    /** The rows read so far and their problems. */
    private static final class Parse {
        final List<String> problems = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<Band> bands = new ArrayList<>();
        final List<HardRule> rules = new ArrayList<>();
        String version = "";
        String name = "";
        double base;
        private int line;
        private Map<String, String> row;

        void row(int line, Map<String, String> row) {
            this.line = line;
            this.row = row;
            switch (get("类型")) {
                case "方案" -> {
                    version = get("代码");
                    name = get("名称");
                    base = number("分值", 0);
                }
                case "指标" ->
                    indicators.add(new Indicator(
                            get("代码"),
                            get("名称"),
                            get("维度"),
                            kinds(),
                            months(),
                            number("分值", Double.NaN),
                            number("封顶", 0),
                            number("金额下限", 0),
                            yes()));
                case "分级" -> {
                    CreditClass c = creditClass();
                    double from = number("下限", Double.NEGATIVE_INFINITY);
                    double to = number("上限", Double.POSITIVE_INFINITY);
                    if (c != null) {
                        bands.add(new Band(c, from, to));
                    }
                }
                case "规则" -> {
                    CreditClass c = creditClass();
                    if (c != null) {
                        rules.add(new HardRule(get("代码"), get("名称"), kinds(), months(), yes(), c));
                    }
                }
                case "" -> {}
                default -> problem("类型", "须为 方案、指标、分级 或 规则");
            }
        }

        private String get(String column) {
            return row.getOrDefault(column, "").strip();
        }

        private void problem(String column, String message) {
            problems.add("第 %d 行「%s」：%s（“%s”）".formatted(line, column, message, get(column)));
        }

        private List<String> kinds() {
            return java.util.Arrays.stream(get("事实类型").split("[、;；,，\\s]+"))
                    .filter(k -> !k.isBlank())
                    .toList();
        }

        private int months() {
            String v = get("时间窗（月）");
            if (v.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problem("时间窗（月）", "须为整数月数");
                return 0;
            }
        }

        private double number(String column, double absent) {
            String v = get(column);
            if (v.isEmpty()) {
                if (Double.isNaN(absent)) {
                    problem(column, "不能为空");
                    return 0;
                }
                return absent;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                problem(column, "须为数字");
                return 0;
            }
        }

        private boolean yes() {
            return get("仅计未移出").equals("是");
        }

        private CreditClass creditClass() {
            try {
                return CreditClass.valueOf(get("类别"));
            } catch (IllegalArgumentException e) {
                problem("类别", "须为 A、B、C 或 D");
                return null;
            }
        }
    }
}
