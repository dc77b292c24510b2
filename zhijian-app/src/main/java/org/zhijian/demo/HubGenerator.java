package org.zhijian.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.zhijian.enterprise.EnterpriseSummary;

/**
 * Demo records for the information hub, written as the import templates (CSV) so that they go through the ordinary
 * imports: complaints, product injuries, penalty decisions, e-commerce listings and accident reports about demo enterprises, spread
 * over the last year. Descriptions are assembled from a few phrases per product, enough to search and filter.
 */
final class HubGenerator {

    private static final String[][] PRODUCTS = {
        {"电热水壶", "CON-EE-KITCHEN", "底座漏电", "烫伤", "手", "高温"},
        {"儿童玩具车", "CON-CHILD-TOY", "小零件脱落", "窒息风险", "口腔", "小零件"},
        {"电动自行车充电器", "CON-EBIKE-CHG", "充电时冒烟起火", "烧伤", "上肢", "火灾"},
        {"月饼", "FOOD", "包装内有异物", "划伤", "口腔", "异物"},
        {"纯牛奶", "FOOD", "开封后有异味", "腹泻", "躯干", "微生物"},
        {"儿童鞋", "CON-CHILD-SHOE", "鞋底开胶", "扭伤", "足", "结构"},
        {"电吹风", "CON-EE-WEAR", "使用中突然断电冒火花", "电击", "手", "电气"},
        {"安全头盔", "CON-EBIKE-HELMET", "跌落时外壳碎裂", "头部损伤", "头部", "结构"}
    };
    private static final String[] CHANNELS = {"12315热线", "网络", "APP", "信件", "转办"};
    private static final String[] STATUSES = {"登记", "受理", "办结", "办结", "办结"};
    private static final String[] PLATFORMS = {"淘宝", "京东", "拼多多", "抖音"};
    private static final String[] AGES = {"0-4", "5-9", "10-14", "15-24", "25-44", "45-64", "65+"};

    private final List<EnterpriseSummary> enterprises;
    private final SplittableRandom random;
    private final LocalDate today;

    HubGenerator(List<EnterpriseSummary> enterprises, long seed, LocalDate today) {
        this.enterprises = List.copyOf(enterprises);
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    private EnterpriseSummary anyEnterprise() {
        return enterprises.get(random.nextInt(enterprises.size()));
    }

    private String[] anyProduct() {
        return PRODUCTS[random.nextInt(PRODUCTS.length)];
    }

    private LocalDate lastYear() {
        return today.minusDays(1 + random.nextInt(360));
    }

    private static final String COMPLAINT_HEADER =
            "工单编号,渠道,登记时间,投诉人,联系电话,被投诉方,被投诉方统一社会信用代码,所属县区代码,产品或服务,产品类别代码,问题类型,投诉内容,涉及金额（元）,状态,办理结果\n";
    private static final String INJURY_HEADER =
            "病例编号,发生日期,发生地县区代码,发生场所,年龄段,性别,伤害类型,受伤部位,严重程度,产品,危害类型,经过,来源,生产者,生产者统一社会信用代码\n";

    /** The seeded complaint outbreak: e-bike chargers catching fire, all in one county in the last complete week. */
    static final String OUTBREAK_COUNTY = "430104";

    static final int OUTBREAK_COMPLAINTS = 14;

    /** The seeded injury cluster: serious injuries from toy cars in one county in the last complete week. */
    static final String CLUSTER_COUNTY = "430211";

    static final int CLUSTER_INJURIES = 6;

    void complaints(int n, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(COMPLAINT_HEADER);
            for (int i = 1; i <= n; i++) {
                EnterpriseSummary e = anyEnterprise();
                String[] p = anyProduct();
                String status = STATUSES[random.nextInt(STATUSES.length)];
                complaint(
                        w,
                        "DEMO-TS-" + i,
                        lastYear(),
                        e.name(),
                        random.nextInt(3) == 0 ? "" : e.uscc(),
                        e.countyCode(),
                        p,
                        status);
            }
        }
    }

    /** The complaint outbreak (see {@link #OUTBREAK_COUNTY}), as its own import file. */
    void complaintOutbreak(Path out) throws IOException {
        LocalDate week = lastCompleteWeek();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(COMPLAINT_HEADER);
            for (int i = 1; i <= OUTBREAK_COMPLAINTS; i++) {
                complaint(
                        w,
                        "DEMO-TS-OUTBREAK-" + i,
                        week.plusDays(i % 7),
                        "岳麓区某电动车行",
                        "",
                        OUTBREAK_COUNTY,
                        PRODUCTS[2],
                        "受理");
            }
        }
    }

    private void complaint(
            Writer w,
            String no,
            LocalDate day,
            String respondent,
            String uscc,
            String county,
            String[] p,
            String status)
            throws IOException {
        int i = Math.abs(no.hashCode());
        w.write(String.join(
                        ",",
                        no,
                        CHANNELS[random.nextInt(CHANNELS.length)],
                        day + " 10:00",
                        "张某",
                        "1380000" + String.format("%04d", i % 10_000),
                        respondent,
                        uscc,
                        county,
                        p[0],
                        p[1],
                        "质量问题",
                        "购买的" + p[0] + p[2] + "，要求退货",
                        Integer.toString(20 + random.nextInt(500)),
                        status,
                        status.equals("办结") ? "调解成功，已退款" : "")
                + "\n");
    }

    private LocalDate lastCompleteWeek() {
        return today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(1);
    }

    void injuries(int n, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(INJURY_HEADER);
            for (int i = 1; i <= n; i++) {
                EnterpriseSummary e = anyEnterprise();
                injury(
                        w,
                        "DEMO-SH-" + i,
                        lastYear(),
                        e.countyCode(),
                        anyProduct(),
                        1 + Math.min(3, random.nextInt(6) / 2),
                        e);
            }
        }
    }

    /** The injury cluster (see {@link #CLUSTER_COUNTY}), as its own import file. */
    void injuryCluster(Path out) throws IOException {
        LocalDate week = lastCompleteWeek();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(INJURY_HEADER);
            for (int i = 1; i <= CLUSTER_INJURIES; i++) {
                injury(
                        w,
                        "DEMO-SH-CLUSTER-" + i,
                        week.plusDays(i % 7),
                        CLUSTER_COUNTY,
                        PRODUCTS[1],
                        3 + i % 2,
                        anyEnterprise());
            }
        }
    }

    private void injury(
            Writer w, String no, LocalDate day, String county, String[] p, int severity, EnterpriseSummary e)
            throws IOException {
        w.write(String.join(
                        ",",
                        no,
                        day.toString(),
                        county,
                        random.nextBoolean() ? "家中" : "学校",
                        AGES[random.nextInt(AGES.length)],
                        random.nextBoolean() ? "男" : "女",
                        p[3],
                        p[4],
                        Integer.toString(severity),
                        p[0],
                        p[5],
                        "使用" + p[0] + "时" + p[2],
                        random.nextInt(4) == 0 ? "报告" : "医院监测",
                        e.name(),
                        e.uscc())
                + "\n");
    }

    void cases(int n, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("决定书文号,当事人,当事人统一社会信用代码,县区代码,违法行为类型,处罚依据,违法事实,罚款金额（元）,处罚决定日期,公示截止日期\n");
            for (int i = 1; i <= n; i++) {
                EnterpriseSummary e = anyEnterprise();
                String[] p = anyProduct();
                LocalDate decided = lastYear();
                w.write(String.join(
                                ",",
                                "湘市监处罚〔" + decided.getYear() + "〕" + i + "号",
                                e.name(),
                                e.uscc(),
                                e.countyCode(),
                                "生产销售不合格产品",
                                "《产品质量法》第四十九条",
                                "监督抽查发现其" + p[0] + "不合格",
                                Integer.toString(5_000 * (1 + random.nextInt(20))),
                                decided.toString(),
                                decided.plusYears(3).toString())
                        + "\n");
            }
        }
    }

    /**
     * Penalty decisions of 16 repeat offenders among the first enterprises, so that the demo's credit classes reach C
     * and D with reasons an officer can read: in fours, two decisions; three with a fine of 100,000 or more; four
     * with a suspension (停产停业) within the year; one with a revoked licence (吊销许可证件).
     */
    void repeatOffenders(Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("决定书文号,当事人,当事人统一社会信用代码,县区代码,违法行为类型,处罚依据,违法事实,罚款金额（元）," + "责令停产停业,吊销许可证件,处罚决定日期,公示截止日期\n");
            for (int k = 0; k < 16 && k < enterprises.size(); k++) {
                EnterpriseSummary e = enterprises.get(k);
                int group = k % 4;
                int decisions = new int[] {2, 3, 4, 1}[group];
                for (int j = 0; j < decisions; j++) {
                    LocalDate decided = today.minusDays(20 + 75L * j + k);
                    boolean large = (group == 1 || group == 2) && j == 0;
                    w.write(String.join(
                                    ",",
                                    "湘市监处罚〔" + decided.getYear() + "〕R" + (k + 1) + "-" + (j + 1) + "号",
                                    e.name(),
                                    e.uscc(),
                                    e.countyCode(),
                                    group == 3 ? "无证生产" : "生产销售不合格产品",
                                    "《产品质量法》第四十九条",
                                    "多次监督抽查不合格且未整改",
                                    Integer.toString(large ? 150_000 : 10_000 * (1 + j)),
                                    group == 2 && j == 0 ? "是" : "否",
                                    group == 3 ? "是" : "否",
                                    decided.toString(),
                                    decided.plusYears(3).toString())
                            + "\n");
                }
            }
        }
    }

    void listings(int n, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("商品链接,平台,店铺,商品,价格（元）,销量,经营者,经营者统一社会信用代码,经营者所在县区代码,发现日期\n");
            for (int i = 1; i <= n; i++) {
                EnterpriseSummary e = anyEnterprise();
                String[] p = anyProduct();
                w.write(String.join(
                                ",",
                                "https://item.example.com/demo-" + i,
                                PLATFORMS[random.nextInt(PLATFORMS.length)],
                                e.name().substring(0, Math.min(6, e.name().length())) + "店",
                                p[0],
                                (10 + random.nextInt(300)) + ".00",
                                Integer.toString(random.nextInt(5_000)),
                                e.name(),
                                e.uscc(),
                                e.countyCode(),
                                lastYear().toString())
                        + "\n");
            }
        }
    }

    private static final String[][] ACCIDENTS = {
        {"电动自行车锂电池", "居民楼", "充电时电池起火，引燃楼道杂物", "电芯内部短路"},
        {"燃气灶", "餐馆", "点火时回火引起燃气爆燃", "熄火保护装置失效"},
        {"电热水壶", "家中", "使用时底座漏电致人触电", "绝缘材料不合格"},
        {"儿童玩具车", "小区广场", "行驶中车轮脱落致儿童摔伤", "轮轴装配不牢"},
        {"高压锅", "家中", "排气阀堵塞后锅盖冲出", "安全阀失灵"}
    };

    /** Quality-safety accident reports, a few per month, most without deaths. */
    void accidents(int n, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("事故编号,发生日期,发生地县区代码,发生场所,涉事产品,死亡人数,受伤人数,直接经济损失（万元）,涉事企业,涉事企业统一社会信用代码,事故经过,原因初判,来源\n");
            String[] sources = {"部门通报", "企业报告", "医疗机构", "媒体"};
            for (int i = 1; i <= n; i++) {
                EnterpriseSummary e = anyEnterprise();
                String[] a = ACCIDENTS[random.nextInt(ACCIDENTS.length)];
                w.write(String.join(
                                ",",
                                "HN-ACC-" + i,
                                lastYear().toString(),
                                e.countyCode(),
                                a[1],
                                a[0],
                                Integer.toString(random.nextInt(20) == 0 ? 1 : 0),
                                Integer.toString(random.nextInt(4)),
                                Integer.toString(1 + random.nextInt(80)),
                                e.name(),
                                e.uscc(),
                                a[2],
                                a[3],
                                sources[random.nextInt(sources.length)])
                        + "\n");
            }
        }
    }
}
