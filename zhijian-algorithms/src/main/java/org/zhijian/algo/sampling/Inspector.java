package org.zhijian.algo.sampling;

import java.util.Set;

/**
 * A law-enforcement inspector in a draw's inspector pool.
 *
 * @param id the inspector's identifier
 * @param county the county the inspector works in (recused from targets there when the draw says so)
 * @param conflicts targets the inspector declared a conflict of interest with (always recused)
 */
public record Inspector(String id, String county, Set<String> conflicts) {

    public Inspector {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an inspector needs an id");
        }
        county = county == null ? "" : county;
        conflicts = conflicts == null ? Set.of() : Set.copyOf(conflicts);
    }
}
