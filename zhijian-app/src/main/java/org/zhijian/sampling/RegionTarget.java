package org.zhijian.sampling;

/** How many targets a plan draws in one region (a stratum of the draw). */
public record RegionTarget(String regionCode, String regionName, int count) {}
