package org.zhijian.region;

/**
 * An administrative division.
 *
 * @param code six-digit GB/T 2260 code
 * @param name Chinese name
 * @param level province, prefecture or county
 * @param parent code of the parent division, {@code null} for the province
 */
public record Region(String code, String name, RegionLevel level, String parent) {

    /** The prefecture code this region belongs to (itself for a prefecture, none for the province). */
    public String prefectureCode() {
        return switch (level) {
            case PROVINCE -> null;
            case PREFECTURE -> code;
            case COUNTY -> parent;
        };
    }
}
