package org.zhijian.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * Test fixture: a product category of its own with 12 operating enterprises in 芙蓉区 and 8 in 天心区, one
 * deregistered one and one in 株洲 (neither may be drawn), three inspectors of 长沙市 and one of 芙蓉区.
 */
final class SamplingWorld {

    final String category;
    final List<String> furong = new ArrayList<>();

    private SamplingWorld(String category) {
        this.category = category;
    }

    static SamplingWorld create(
            AccountManagement accounts, EnterpriseManagement enterprises, ClassificationManagement classification) {
        SamplingWorld world = new SamplingWorld(
                "ITS" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase());
        CurrentActor.runAs(Actor.system("it"), () -> {
            classification.addCategory(
                    new NewProductCategory(world.category, "FOOD", "抽查测试类别", "Sampling test", null), "it");
            for (int i = 0; i < 12; i++) {
                world.furong.add(
                        enterprises.create(world.enterprise("430102", "存续")).uscc());
            }
            for (int i = 0; i < 8; i++) {
                enterprises.create(world.enterprise("430103", "存续"));
            }
            enterprises.create(world.enterprise("430102", "注销"));
            enterprises.create(world.enterprise("430202", "存续"));
            return null;
        });
        for (String name : List.of("insp-cs-1", "insp-cs-2", "insp-cs-3")) {
            TestAccounts.token(accounts, name, Role.INSPECTOR, "430100", null);
        }
        TestAccounts.token(accounts, "insp-furong", Role.INSPECTOR, "430102", null);
        return world;
    }

    private EnterpriseForm enterprise(String county, String status) {
        return EnterpriseFixtures.anEnterpriseNamed("抽查测试食品有限公司", county, status, List.of(category));
    }

    /** The form of an operating 芙蓉区 enterprise of this world with other product categories. */
    EnterpriseForm recategorised(String uscc, List<String> categories) {
        EnterpriseForm f = enterprise("430102", "存续");
        return new EnterpriseForm(
                uscc,
                null,
                null,
                f.name(),
                List.of(),
                f.legalRepresentative(),
                f.address(),
                "430102",
                f.industryCode(),
                f.scale(),
                "存续",
                f.establishedOn(),
                categories,
                List.of());
    }

    /**
     * Stores a decided sample of this world's category for its first 芙蓉区 enterprise straight into the table: the
     * statistics tests need hundreds of them, faster than the import would give them.
     */
    void insertDecided(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            long planId,
            String sampleNo,
            String county,
            String prefecture,
            java.time.LocalDate on,
            boolean passed) {
        jdbc.sql("""
                insert into sampling_record (sample_no, plan_id, enterprise_uscc, county_code, prefecture_code,
                    category_code, sample_name, quantity, place_type, manufacturer_name, inspectors, sampled_on,
                    created_by, verdict, industry_code)
                values (:no, :plan, :uscc, :county, :prefecture, :category, '统计样品', '1', 'CIRCULATION', '厂',
                    array['a','b'], :on, 'it', :verdict, '14')""")
                .param("no", sampleNo)
                .param("plan", planId)
                .param("uscc", furong.get(0))
                .param("county", county)
                .param("prefecture", prefecture)
                .param("category", category)
                .param("on", on)
                .param("verdict", passed ? "CONFORMING" : "NONCONFORMING")
                .update();
    }

    /** A provincial plan drawing 4 in 芙蓉区 and 3 in 天心区. */
    Map<String, Object> provincePlan(String batch) {
        return Map.of(
                "year",
                2026,
                "batch",
                batch + category,
                "title",
                "食品监督抽查 " + batch,
                "level",
                "PROVINCE",
                "organizerRegion",
                "430000",
                "institution",
                "湖南省产品质量检验研究院",
                "categories",
                List.of(category),
                "targets",
                Map.of("430102", 4, "430103", 3));
    }
}
