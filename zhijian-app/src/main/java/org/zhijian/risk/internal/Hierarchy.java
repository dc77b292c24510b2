package org.zhijian.risk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ProductCategory;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The region and category trees as the series see them: a county's count also counts for its prefecture and the
 * province, a category's for every category above it and for all categories ({@link #ALL}).
 */
@Component
class Hierarchy {

    /** The category code of "every category". */
    static final String ALL = "*";

    private final RegionManagement regions;
    private final ClassificationManagement classification;

    Hierarchy(RegionManagement regions, ClassificationManagement classification) {
        this.regions = regions;
        this.classification = classification;
    }

    /** A snapshot of both trees for one run. */
    Trees trees() {
        Map<String, Region> byCode = new HashMap<>();
        String province = "";
        for (Region r : regions.all()) {
            byCode.put(r.code(), r);
            if (r.level() == RegionLevel.PROVINCE) {
                province = r.code();
            }
        }
        Map<String, String> parents = new HashMap<>();
        for (ProductCategory c : classification.categories()) {
            parents.put(c.code(), c.parent());
        }
        return new Trees(byCode, province, parents);
    }

    /** Both trees, read once. */
    static final class Trees {

        private final Map<String, Region> regions;
        private final String province;
        private final Map<String, String> categoryParents;
        private final Map<String, List<String>> regionPaths = new HashMap<>();
        private final Map<String, List<String>> categoryPaths = new HashMap<>();

        Trees(Map<String, Region> regions, String province, Map<String, String> categoryParents) {
            this.regions = regions;
            this.province = province;
            this.categoryParents = categoryParents;
        }

        String province() {
            return province;
        }

        /** Every region code, the province included. */
        List<String> regionCodes() {
            List<String> all = new ArrayList<>(regions.keySet());
            if (!all.contains(province)) {
                all.add(province);
            }
            return all;
        }

        /** Every category code and {@link #ALL}. */
        List<String> categoryCodes() {
            List<String> all = new ArrayList<>(categoryParents.keySet());
            all.add(ALL);
            return all;
        }

        Region region(String code) {
            return regions.get(code);
        }

        /** The county (if known), its prefecture and the province. */
        List<String> regionsOf(String county) {
            return regionPaths.computeIfAbsent(county, c -> {
                List<String> path = new ArrayList<>(3);
                Region r = regions.get(c);
                while (r != null && r.level() != RegionLevel.PROVINCE) {
                    path.add(r.code());
                    r = regions.get(r.parent());
                }
                path.add(province);
                return List.copyOf(path);
            });
        }

        /** The category (if known), the categories above it and {@link #ALL}. */
        List<String> categoriesOf(String category) {
            return categoryPaths.computeIfAbsent(category, c -> {
                List<String> path = new ArrayList<>(4);
                String code = categoryParents.containsKey(c) ? c : null;
                while (code != null && path.size() < 16) {
                    path.add(code);
                    code = categoryParents.get(code);
                }
                path.add(ALL);
                return List.copyOf(path);
            });
        }
    }
}
