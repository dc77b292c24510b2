package org.zhijian.algo.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses enterprise names ({@link ParsedName}) knowing the regions' names, e.g. {@code 湖南省 → 430000},
 * {@code 长沙市 → 430100}; short forms ({@code 湖南}, {@code 长沙}, {@code 岳麓}, {@code 湘西}) are derived.
 *
 * <p>Steps: NFKC (full-width letters, digits and brackets to half width), lower case, spaces and punctuation other
 * than brackets removed; the branch is what follows the last 公司 when it ends in a branch word (分公司, 分店, 店,
 * 经营部, 营业部, 门市部, 分厂, 办事处, 服务部); the legal form is the trailing 股份有限公司, 有限责任公司, 有限公司,
 * 股份公司, 公司, 专业合作社, 合作社, 商行, 厂 or 店; a region in brackets anywhere and region names at the start
 * (longest first, repeatedly: 湖南 + 安化县) are taken out; what remains is the core.
 *
 * <p>Edge cases: a name that is only a region or only a form keeps it as its core, so it is never empty unless the
 * input is; names in Latin letters pass through lower-cased.
 */
public final class EnterpriseNames {

    private static final Pattern BRANCH = Pattern.compile("^(.*公司)(.+?(分公司|分店|店|经营部|营业部|门市部|分厂|办事处|服务部))$");
    private static final List<String[]> FORMS = List.of(
            new String[] {"股份有限公司", "股份"},
            new String[] {"有限责任公司", "有限"},
            new String[] {"有限公司", "有限"},
            new String[] {"股份公司", "股份"},
            new String[] {"专业合作社", "合作社"},
            new String[] {"合作社", "合作社"},
            new String[] {"公司", ""},
            new String[] {"商行", "商行"},
            new String[] {"厂", "厂"},
            new String[] {"店", "店"});
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

    private final Map<String, String> regions = new HashMap<>();
    private final List<String> regionNames;
    private final java.util.function.UnaryOperator<String> reading;

    /** @param regionCodes region name → code, e.g. {@code 长沙市 → 430100} */
    public EnterpriseNames(Map<String, String> regionCodes) {
        this(regionCodes, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param regionCodes region name → code, e.g. {@code 长沙市 → 430100}
     * @param reading how a text reads aloud, e.g. toneless pinyin ({@code 茶业 → cha ye}); a pure function
     */
    public EnterpriseNames(Map<String, String> regionCodes, java.util.function.UnaryOperator<String> reading) {
        this.reading = reading;
        regions.putAll(regionCodes);
        // higher levels first, so that a short form two regions share (长沙: 长沙市, 长沙县) means the larger one
        regionCodes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) ->
                                e.getValue().replaceAll("(00)+$", "").length())
                        .thenComparing(Map.Entry::getValue))
                .forEach(e -> {
                    String shortName = shortForm(e.getKey());
                    if (shortName.length() >= 2) {
                        regions.putIfAbsent(shortName, e.getValue());
                    }
                });
        regionNames = regions.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** 长沙市 → 长沙, 湘西土家族苗族自治州 → 湘西, 湖南省 → 湖南, 岳麓区 → 岳麓, 津市市 → 津市. */
    public static String shortForm(String name) {
        if (name.endsWith("土家族苗族自治州")) {
            return name.substring(0, 2);
        }
        for (String suffix : List.of("自治县", "省", "市", "县", "区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public ParsedName parse(String raw) {
        String name = normalize(raw);
        String branch = "";
        Matcher b = BRANCH.matcher(name);
        if (b.matches()) {
            name = b.group(1);
            branch = b.group(2);
        }
        List<String> codes = new ArrayList<>();
        String rest = bracketedRegions(name, codes);
        String form = "";
        for (String[] f : FORMS) {
            if (rest.endsWith(f[0]) && rest.length() > f[0].length()) {
                rest = rest.substring(0, rest.length() - f[0].length());
                form = f[1];
                break;
            }
        }
        rest = leadingRegions(rest, codes);
        return new ParsedName(normalize(raw), codes, rest, form, branch, reading.apply(rest));
    }

    /** NFKC, lower case, brackets as {@code ()}, without spaces and other punctuation. */
    static String normalize(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '(' || cp == '[' || cp == '【' || cp == '〔') {
                out.append('(');
            } else if (cp == ')' || cp == ']' || cp == '】' || cp == '〕') {
                out.append(')');
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Takes out bracketed regions ({@code (长沙)}); other bracketed words stay, without the brackets. */
    private String bracketedRegions(String name, List<String> codes) {
        Matcher m = BRACKETED.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            String code = regions.get(inner);
            if (code != null) {
                codes.add(code);
                m.appendReplacement(out, "");
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(inner));
            }
        }
        m.appendTail(out);
        return out.toString().replace("(", "").replace(")", "");
    }

    private String leadingRegions(String rest, List<String> codes) {
        boolean found = true;
        while (found) {
            found = false;
            for (String region : regionNames) {
                if (rest.startsWith(region) && rest.length() > region.length() + 1) {
                    codes.add(regions.get(region));
                    rest = rest.substring(region.length());
                    found = true;
                    break;
                }
            }
        }
        return rest;
    }
}
