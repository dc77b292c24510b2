package org.zhijian.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhijian.algo.identifier.OrganizationCode;
import org.zhijian.algo.identifier.RegistrationNumber;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.region.Region;

/**
 * Writes realistic, valid, unique enterprises as a CSV in the enterprise import format. Deterministic: the same
 * count, seed and region list give the same file. Credit codes carry the county code; entities established
 * before the code reform (October 2015) also get a legacy registration number and organisation code.
 */
final class EnterpriseGenerator {

    static final List<String> HEADER = List.of(
            "统一社会信用代码",
            "企业名称",
            "曾用名",
            "法定代表人",
            "注册地址",
            "所属县市区",
            "行业大类代码",
            "企业规模",
            "登记状态",
            "成立日期",
            "注册号",
            "组织机构代码",
            "产品类别代码",
            "许可证");

    private static final String BRAND = "鑫华盛达兴隆宏源泰恒瑞丰祥福康嘉和信诚德顺利金宇天海东南湘楚岳麓韶潇沅澧衡芙蓉星辰湖光明新远景创佳优美安润益聚博";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉鹏宇浩凯婷雪琳晨阳俊峰";
    private static final List<String> ROADS = List.of(
            "人民路", "解放路", "五一大道", "建设路", "新华路", "中山路", "工业园路", "迎宾路", "芙蓉路", "湘江路", "车站路", "光明路", "长青路", "文化路", "金星路",
            "韶山路", "劳动路", "桐梓坡路");
    private static final long MODERN_SPACE = 887_503_681L; // 31^6
    private static final long LEGACY_SPACE = 100_000_000L;
    private static final LocalDate REFORM = LocalDate.of(2015, 10, 1);

    private final List<Region> counties;
    private final java.util.Map<String, Region> prefectures;

    EnterpriseGenerator(List<Region> counties, List<Region> prefectures) {
        this.counties = List.copyOf(counties);
        this.prefectures = prefectures.stream().collect(java.util.stream.Collectors.toMap(Region::code, r -> r));
    }

    /** Writes {@code count} enterprises. */
    void write(long count, long seed, Writer out) throws IOException {
        if (count < 0 || count > 50_000_000L) {
            throw new IllegalArgumentException("count must be between 0 and 50,000,000: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long offset = Math.floorMod(seed * 7919L, LEGACY_SPACE);
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get()
                .print(out)) {
            for (long i = 0; i < count; i++) {
                csv.printRecord((Object[]) row(i, offset, random));
            }
        }
    }

    private String[] row(long index, long offset, SplittableRandom random) {
        Region county = counties.get(countyIndex(random));
        Region prefecture = prefectures.get(county.parent());
        IndustryProfile profile = profile(random);
        LocalDate established = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_300));
        char category = random.nextInt(100) < 88 ? '1' : random.nextInt(100) < 75 ? '2' : '3';
        boolean legacy = established.isBefore(REFORM);
        String body = legacy ? legacyBody(index, offset) : modernBody(index, offset);
        String uscc = UnifiedSocialCreditCode.compose('9', category, county.code(), body);
        String name = name(random, county, prefecture, profile, category);
        String person = person(random);
        return new String[] {
            uscc,
            name,
            formerName(random, name),
            person,
            "湖南省" + prefecture.name() + county.name() + ROADS.get(random.nextInt(ROADS.size()))
                    + (1 + random.nextInt(899)) + "号",
            county.code(),
            category == '3' ? "01" : profile.division(),
            scale(random),
            status(random),
            established.toString(),
            legacy ? registrationNumber(county, index, category) : "",
            legacy ? body + OrganizationCode.checkCharacter(body) : "",
            categories(random, profile),
            licence(random, profile, county, established, index)
        };
    }

    private int countyIndex(SplittableRandom random) {
        int pick = random.nextInt(counties.size() + 27);
        return pick < counties.size() ? pick : (int) ((pick - counties.size()) % Math.min(9, counties.size()));
    }

    private static IndustryProfile profile(SplittableRandom random) {
        int pick = random.nextInt(IndustryProfile.totalWeight());
        for (IndustryProfile p : IndustryProfile.ALL) {
            pick -= p.weight();
            if (pick < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Post-reform subject identifier: {@code MA} + 6 characters, unique per index (bijection on 31^6). */
    static String modernBody(long index, long offset) {
        long n = Math.floorMod(index * 48_271L + offset, MODERN_SPACE);
        char[] six = new char[6];
        for (int i = 5; i >= 0; i--) {
            six[i] = UnifiedSocialCreditCode.ALPHABET.charAt((int) (n % 31));
            n /= 31;
        }
        return "MA" + new String(six);
    }

    /** Legacy organisation-code body: 8 digits, unique per index (bijection on 10^8). */
    static String legacyBody(long index, long offset) {
        return String.format("%08d", Math.floorMod(index * 48_271L + offset, LEGACY_SPACE));
    }

    private static String name(
            SplittableRandom random, Region county, Region prefecture, IndustryProfile profile, char category) {
        String brand = "" + BRAND.charAt(random.nextInt(BRAND.length())) + BRAND.charAt(random.nextInt(BRAND.length()));
        String word = profile.words().get(random.nextInt(profile.words().size()));
        if (category == '2') {
            return county.name() + brand + word.replace("管理", "") + "店";
        }
        if (category == '3') {
            return county.name() + brand + "种植专业合作社";
        }
        int prefix = random.nextInt(100);
        String place = prefix < 25 ? "湖南" : prefix < 65 ? shortName(prefecture) : county.name();
        int form = random.nextInt(100);
        String suffix = form < 78 ? "有限公司" : form < 95 ? "有限责任公司" : "股份有限公司";
        return place + brand + word + suffix;
    }

    /** About one in twenty-five entities was renamed: an earlier brand, same business. */
    private static String formerName(SplittableRandom random, String name) {
        if (random.nextInt(100) >= 4 || name.length() < 4) {
            return "";
        }
        char old = BRAND.charAt(random.nextInt(BRAND.length()));
        int at = Math.min(3, name.length() - 3);
        String former = name.substring(0, at) + old + name.substring(at + 1);
        return former.equals(name) ? "" : former;
    }

    private static String shortName(Region prefecture) {
        String n = prefecture.name();
        return n.endsWith("土家族苗族自治州") ? "湘西" : n.substring(0, n.length() - 1);
    }

    private static String person(SplittableRandom random) {
        StringBuilder s = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextBoolean()) {
            s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return s.toString();
    }

    private static String scale(SplittableRandom random) {
        int p = random.nextInt(100);
        return p < 55 ? "微" : p < 85 ? "小" : p < 97 ? "中" : "大";
    }

    private static String status(SplittableRandom random) {
        int p = random.nextInt(100);
        return p < 88 ? "存续" : p < 97 ? "注销" : "吊销";
    }

    private static String registrationNumber(Region county, long index, char category) {
        String seq = String.format("%08d", Math.floorMod(index, 10_000_000L) + (category == '2' ? 60_000_000L : 0));
        String first14 = county.code() + seq;
        return first14 + RegistrationNumber.checkDigit(first14);
    }

    private static String categories(SplittableRandom random, IndustryProfile profile) {
        List<String> all = profile.categories();
        String first = all.get(random.nextInt(all.size()));
        String second = all.get(random.nextInt(all.size()));
        return first.equals(second) || random.nextBoolean() ? first : first + ";" + second;
    }

    private static String licence(
            SplittableRandom random, IndustryProfile profile, Region county, LocalDate established, long index) {
        if (profile.licenceKind().isEmpty() || random.nextInt(100) >= 70) {
            return "";
        }
        String number = profile.licencePrefix() + county.code() + String.format("%05d", Math.floorMod(index, 100_000L));
        LocalDate until = established.plusYears(5L * (1 + random.nextInt(6)));
        return profile.licenceKind() + "|" + number + "|" + until;
    }
}
