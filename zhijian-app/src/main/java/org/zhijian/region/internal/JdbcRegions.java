package org.zhijian.region.internal;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

@Service
class JdbcRegions implements RegionManagement {

    private final JdbcClient jdbc;
    private volatile List<Region> cache;
    private volatile Map<String, Region> countyLookup;

    JdbcRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> all() {
        List<Region> regions = cache;
        if (regions == null) {
            regions = jdbc.sql("select code, name, level, parent_code from region order by code")
                    .query((rs, n) -> new Region(
                            rs.getString(1),
                            rs.getString(2),
                            RegionLevel.fromKey(rs.getString(3)).orElseThrow(),
                            rs.getString(4)))
                    .list();
            cache = regions;
        }
        return regions;
    }

    @Override
    public Optional<Region> findByCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public List<Region> find(RegionLevel level, String parent) {
        return all().stream()
                .filter(r -> level == null || r.level() == level)
                .filter(r -> parent == null || parent.equals(r.parent()))
                .toList();
    }

    @Override
    public Optional<Region> resolveCounty(String codeOrName) {
        String key = codeOrName == null ? "" : codeOrName.strip();
        Map<String, Region> lookup = countyLookup;
        if (lookup == null) {
            lookup = buildCountyLookup();
            countyLookup = lookup;
        }
        return Optional.ofNullable(lookup.get(key));
    }

    /** Counties by code, by unique short name, by prefecture + name and by province + prefecture + name. */
    private Map<String, Region> buildCountyLookup() {
        Map<String, Region> lookup = new HashMap<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        List<Region> counties = find(RegionLevel.COUNTY, null);
        counties.forEach(r -> nameCounts.merge(r.name(), 1, Integer::sum));
        String province = find(RegionLevel.PROVINCE, null).stream()
                .findFirst()
                .map(Region::name)
                .orElse("");
        for (Region r : counties) {
            String prefecture = findByCode(r.parent()).map(Region::name).orElse("");
            lookup.put(r.code(), r);
            lookup.put(prefecture + r.name(), r);
            lookup.put(province + prefecture + r.name(), r);
            if (nameCounts.get(r.name()) == 1) {
                lookup.put(r.name(), r);
            }
        }
        return Map.copyOf(lookup);
    }

    @Override
    @Transactional
    public int load(Reader csv, String source) {
        List<Region> regions = new RegionFile(csv).read();
        for (Region r : regions) {
            jdbc.sql("""
                    insert into region (code, name, level, parent_code, source)
                    values (:code, :name, :level, :parent, :source)
                    on conflict (code) do update set name = excluded.name, level = excluded.level,
                        parent_code = excluded.parent_code, source = excluded.source
                    """)
                    .param("code", r.code())
                    .param("name", r.name())
                    .param("level", r.level().key())
                    .param("parent", r.parent())
                    .param("source", source)
                    .update();
        }
        cache = null;
        countyLookup = null;
        return regions.size();
    }
}
