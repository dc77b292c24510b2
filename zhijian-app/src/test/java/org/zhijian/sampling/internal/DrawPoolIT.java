package org.zhijian.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.algo.sampling.CandidatePool;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * The draw's pool as the enterprise module reads it (bytes of one string per county, category and exclusion tests
 * in Java, the index on operating enterprises) against the same pool computed independently in SQL with array
 * overlap, over everything the test database holds.
 */
@IntegrationTest
class DrawPoolIT {

    @Autowired
    DrawPool pool;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ClassificationManagement classification;

    @Test
    void readsExactlyTheOperatingEnterprisesOfThePlansCategoriesAndRegionsLessTheExcluded() {
        String own =
                "ITP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        // in the plan's regions or not, operating or not, of the plan's categories (or below them) or not
        String[] counties = {"430102", "430103", "430104", "430211", "430202", "430302"};
        List<List<String>> kinds =
                List.of(List.of(own), List.of("FOOD-GRAIN"), List.of("CON-EE-KITCHEN"), List.of("CON-EE-KITCHEN", own));
        List<String> created = new ArrayList<>();
        CurrentActor.runAs(Actor.system("it"), () -> {
            classification.addCategory(new NewProductCategory(own, "CON", "抽取对象库测试", "Pool test", null), "it");
            for (int i = 0; i < 48; i++) {
                String county = counties[i % counties.length];
                EnterpriseForm form = withCategories(
                        EnterpriseFixtures.anEnterpriseIn(county), i % 7 == 3 ? "注销" : "存续", kinds.get(i / 6 % 4));
                created.add(enterprises.create(form).uscc());
            }
            return null;
        });
        List<String> categories = List.of("FOOD", own);
        List<String> regions = List.of("430102", "430103", "430200"); // two counties of 长沙市 and all of 株洲市
        Map<String, Integer> targets = Map.of("430102", 3, "430200", 5);
        Set<String> excluded = Set.of(created.get(0), created.get(3), created.get(10)); // 芙蓉区, 株洲 and 天心区

        CandidatePool read = CurrentActor.runAs(
                Actor.system("it"), () -> pool.candidates(categories, regions, targets, () -> excluded, null));

        Set<String> expected = new HashSet<>(jdbc.sql("""
                        select uscc || ' ' || case when county_code = '430102' then county_code else prefecture_code end
                            || ' ' || county_code
                        from enterprise
                        where status = '存续' and category_codes && cast(:codes as text[])
                            and (county_code in (:regions) or prefecture_code in (:regions))""")
                .param("codes", subtrees(categories))
                .param("regions", regions)
                .query(String.class)
                .list());
        expected.removeIf(line -> excluded.contains(line.substring(0, line.indexOf(' '))));
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            actual.add(read.id(i) + " " + read.stratum(i) + " " + read.county(i));
        }
        assertThat(actual).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual)
                .hasSizeGreaterThan(15)
                .anyMatch(line -> line.endsWith(" 430102 430102"))
                .anyMatch(line -> line.endsWith(" 430200 430211"))
                .anyMatch(line -> line.endsWith(" 430100 430103"))
                .noneMatch(line -> line.endsWith(" 430104") || line.endsWith(" 430302"))
                .noneMatch(line -> excluded.contains(line.substring(0, 18)));
    }

    private String subtrees(List<String> categories) {
        Set<String> codes = new HashSet<>();
        categories.forEach(c -> codes.addAll(classification.subtree(c)));
        return "{" + String.join(",", codes) + "}";
    }

    private static EnterpriseForm withCategories(EnterpriseForm f, String status, List<String> categories) {
        return new EnterpriseForm(
                f.uscc(),
                null,
                null,
                f.name(),
                List.of(),
                f.legalRepresentative(),
                f.address(),
                f.countyCode(),
                f.industryCode(),
                f.scale(),
                status,
                f.establishedOn(),
                categories,
                List.of());
    }
}
