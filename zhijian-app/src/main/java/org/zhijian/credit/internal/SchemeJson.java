package org.zhijian.credit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhijian.algo.credit.Band;
import org.zhijian.algo.credit.CreditClass;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.HardRule;
import org.zhijian.algo.credit.Indicator;
import org.zhijian.algo.credit.InvalidSchemeException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A classification scheme as JSON ({@code masterdata/credit-scheme-hunan.json} is the worked example): version,
 * name, base, indicators (code, name, dimension, kinds, windowMonths, points, cap, minAmount, standing), bands
 * (class, from, to; {@code null} for an open end) and rules (code, name, kinds, windowMonths, standing, atLeast).
 * Reading collects every problem, in Chinese, before refusing.
 */
public final class SchemeJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemeJson() {}

    static CreditScheme read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidSchemeException(List.of("不是有效的 JSON：" + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : "（第 %d 行第 %d 列）"
                                    .formatted(
                                            e.getLocation().getLineNr(),
                                            e.getLocation().getColumnNr()))));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSchemeException(List.of("方案须为一个 JSON 对象"));
        }
        List<String> problems = new ArrayList<>();
        List<Indicator> indicators = indicators(root, problems);
        List<Band> bands = new ArrayList<>();
        each(root, "bands", problems, (n, where) -> band(n, where, problems, bands));
        List<HardRule> rules = rules(root, problems);
        String version = root.path("version").asString("").strip();
        problems.addAll(CreditScheme.validate(version, indicators, bands, rules));
        if (!problems.isEmpty()) {
            throw new InvalidSchemeException(problems);
        }
        return new CreditScheme(
                version, root.path("name").asString(version), root.path("base").asDouble(0), indicators, bands, rules);
    }

    private static List<Indicator> indicators(JsonNode root, List<String> problems) {
        List<Indicator> indicators = new ArrayList<>();
        each(
                root,
                "indicators",
                problems,
                (n, where) -> indicators.add(new Indicator(
                        text(n, "code", where, problems),
                        n.path("name").asString(null),
                        n.path("dimension").asString(""),
                        kinds(n),
                        integer(n, "windowMonths", where, problems),
                        number(n, "points", where, problems, Double.NaN),
                        number(n, "cap", where, problems, 0),
                        number(n, "minAmount", where, problems, 0),
                        n.path("standing").asBoolean(false))));
        return indicators;
    }

    private static List<HardRule> rules(JsonNode root, List<String> problems) {
        List<HardRule> rules = new ArrayList<>();
        each(root, "rules", problems, (n, where) -> {
            CreditClass atLeast = creditClass(n.path("atLeast").asString(""), where + "atLeast", problems);
            if (atLeast != null) {
                rules.add(new HardRule(
                        text(n, "code", where, problems),
                        n.path("name").asString(null),
                        kinds(n),
                        integer(n, "windowMonths", where, problems),
                        n.path("standing").asBoolean(false),
                        atLeast));
            }
        });
        return rules;
    }

    /** The scheme as {@link #read} reads it. */
    public static String write(CreditScheme s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", s.version());
        root.put("name", s.name());
        root.put("base", s.base());
        root.put(
                "indicators", s.indicators().stream().map(SchemeJson::indicator).toList());
        root.put("bands", s.bands().stream().map(SchemeJson::band).toList());
        root.put("rules", s.rules().stream().map(SchemeJson::rule).toList());
        return JSON.writeValueAsString(root);
    }

    private interface Item {
        void read(JsonNode node, String where);
    }

    private static void each(JsonNode root, String field, List<String> problems, Item item) {
        JsonNode list = root.path(field);
        if (list.isMissingNode() && field.equals("rules")) {
            return;
        }
        if (!list.isArray()) {
            problems.add("缺少 " + field + " 列表");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            item.read(list.get(i), "%s 第 %d 项：".formatted(field, i + 1));
        }
    }

    private static void band(JsonNode n, String where, List<String> problems, List<Band> bands) {
        CreditClass c = creditClass(n.path("class").asString(""), where + "class", problems);
        double from = number(n, "from", where, problems, Double.NEGATIVE_INFINITY);
        double to = number(n, "to", where, problems, Double.POSITIVE_INFINITY);
        if (c != null) {
            bands.add(new Band(c, from, to));
        }
    }

    private static CreditClass creditClass(String text, String where, List<String> problems) {
        try {
            return CreditClass.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(where + " 须为 A、B、C 或 D，而不是“" + text + "”");
            return null;
        }
    }

    private static String text(JsonNode n, String field, String where, List<String> problems) {
        String v = n.path(field).asString("").strip();
        if (v.isEmpty()) {
            problems.add(where + "缺少 " + field);
            return "?";
        }
        return v;
    }

    private static int integer(JsonNode n, String field, String where, List<String> problems) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber()) {
            problems.add(where + field + " 须为整数月数");
            return 0;
        }
        return v.asInt();
    }

    private static double number(JsonNode n, String field, String where, List<String> problems, double absent) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (Double.isNaN(absent)) {
                problems.add(where + "缺少 " + field);
            }
            return Double.isNaN(absent) ? 0 : absent;
        }
        if (!v.isNumber()) {
            problems.add(where + field + " 须为数字，而不是“" + v.asString("") + "”");
            return 0;
        }
        return v.asDouble();
    }

    private static List<String> kinds(JsonNode n) {
        List<String> kinds = new ArrayList<>();
        n.path("kinds").forEach(k -> kinds.add(k.asString("").strip()));
        return kinds.stream().filter(k -> !k.isEmpty()).toList();
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("dimension", i.dimension());
        m.put("kinds", i.kinds());
        m.put("windowMonths", i.windowMonths());
        m.put("points", i.points());
        m.put("cap", i.cap());
        m.put("minAmount", i.minAmount());
        m.put("standing", i.standing());
        return m;
    }

    private static Map<String, Object> band(Band b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", b.creditClass().name());
        m.put("from", Double.isInfinite(b.from()) ? null : b.from());
        m.put("to", Double.isInfinite(b.to()) ? null : b.to());
        return m;
    }

    private static Map<String, Object> rule(HardRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("kinds", r.kinds());
        m.put("windowMonths", r.windowMonths());
        m.put("standing", r.standing());
        m.put("atLeast", r.atLeast().name());
        return m;
    }
}
