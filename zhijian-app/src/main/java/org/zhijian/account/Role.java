package org.zhijian.account;

import java.util.Arrays;
import java.util.Optional;
import org.zhijian.platform.access.Scope;

/** The roles of the platform and the scope each one gives. */
public enum Role {
    PROVINCE_ADMIN("省级管理员"),
    ANALYST("省级分析员"),
    PREFECTURE_OFFICER("市州监管员"),
    COUNTY_OFFICER("县区监管员"),
    INSPECTOR("检查员"),
    ENTERPRISE("企业用户");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a user of this role sees. */
    public Scope readScope(String regionCode, String enterpriseUscc) {
        return switch (this) {
            case PROVINCE_ADMIN, ANALYST -> Scope.ALL;
            case PREFECTURE_OFFICER -> Scope.prefecture(regionCode);
            case COUNTY_OFFICER -> Scope.county(regionCode);
            case INSPECTOR -> regionScope(regionCode);
            case ENTERPRISE -> Scope.enterprise(enterpriseUscc);
        };
    }

    /** What a user of this role may change. Analysts, inspectors and enterprises change no registry records. */
    public Scope writeScope(String regionCode) {
        return switch (this) {
            case PROVINCE_ADMIN -> Scope.ALL;
            case PREFECTURE_OFFICER -> Scope.prefecture(regionCode);
            case COUNTY_OFFICER -> Scope.county(regionCode);
            case ANALYST, INSPECTOR, ENTERPRISE -> Scope.NONE;
        };
    }

    /** Whether the role needs a region code. */
    public boolean needsRegion() {
        return this == PREFECTURE_OFFICER || this == COUNTY_OFFICER;
    }

    private static Scope regionScope(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return Scope.ALL;
        }
        return regionCode.endsWith("00") ? Scope.prefecture(regionCode) : Scope.county(regionCode);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(text == null ? "" : text.strip()) || r.label.equals(text))
                .findFirst();
    }
}
