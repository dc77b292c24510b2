package org.zhijian.region;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** The region module's API. */
public interface RegionManagement {

    /** All regions, ordered by code. Cached: the tree changes only when a file is loaded. */
    List<Region> all();

    Optional<Region> findByCode(String code);

    /**
     * Regions filtered by level and parent.
     *
     * @param level the level, or {@code null} for every level
     * @param parent the parent's code, or {@code null} for any parent
     */
    List<Region> find(RegionLevel level, String parent);

    /**
     * Finds a county by its code or by its name; a name must be unique (a prefecture prefix such as
     * {@code 长沙市芙蓉区} makes it so).
     */
    Optional<Region> resolveCounty(String codeOrName);

    /**
     * Loads a province's regions from a CSV file ({@code code,name,level,parent_code}), adding new codes
     * and updating names; validates the whole file first and changes nothing if it is malformed.
     *
     * @return the number of regions in the file
     */
    int load(Reader csv, String source);
}
