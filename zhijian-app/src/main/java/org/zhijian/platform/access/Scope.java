package org.zhijian.platform.access;

import java.util.Objects;

/**
 * The part of the data a user may see or change: everything, one prefecture's subtree, one county, one
 * enterprise, or nothing. Modules turn it into a SQL condition on their own region or enterprise columns, so
 * that scope is enforced in the queries themselves.
 *
 * @param kind what the code names
 * @param code the prefecture or county code, or the enterprise's credit code; empty for ALL and NONE
 */
public record Scope(Kind kind, String code) {

    /** What a scope covers. */
    public enum Kind {
        ALL,
        PREFECTURE,
        COUNTY,
        ENTERPRISE,
        NONE
    }

    public static final Scope ALL = new Scope(Kind.ALL, "");
    public static final Scope NONE = new Scope(Kind.NONE, "");

    public Scope {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
    }

    public static Scope prefecture(String code) {
        return new Scope(Kind.PREFECTURE, code);
    }

    public static Scope county(String code) {
        return new Scope(Kind.COUNTY, code);
    }

    public static Scope enterprise(String uscc) {
        return new Scope(Kind.ENTERPRISE, uscc);
    }

    /** Whether a record in this county (of this prefecture), belonging to this enterprise, is inside the scope. */
    public boolean covers(String countyCode, String prefectureCode, String uscc) {
        return switch (kind) {
            case ALL -> true;
            case PREFECTURE -> code.equals(prefectureCode);
            case COUNTY -> code.equals(countyCode);
            case ENTERPRISE -> code.equals(uscc);
            case NONE -> false;
        };
    }

    /** The prefecture's or county's code for a regional scope; empty for the province, an enterprise or nothing. */
    public java.util.Optional<String> regionCode() {
        return kind == Kind.PREFECTURE || kind == Kind.COUNTY
                ? java.util.Optional.of(code)
                : java.util.Optional.empty();
    }

    /** Whether {@link #sql} refers to the parameter {@code :scopeCode}. */
    public boolean bindsCode() {
        return kind == Kind.PREFECTURE || kind == Kind.COUNTY || kind == Kind.ENTERPRISE;
    }

    /**
     * A SQL condition for this scope, with the given column names (use {@code null} for a column the table does
     * not have: the condition is then false for that kind). Codes are bound as the named parameter
     * {@code :scopeCode}.
     */
    public String sql(String countyColumn, String prefectureColumn, String usccColumn) {
        return switch (kind) {
            case ALL -> "true";
            case PREFECTURE -> prefectureColumn == null ? "false" : prefectureColumn + " = :scopeCode";
            case COUNTY -> countyColumn == null ? "false" : countyColumn + " = :scopeCode";
            case ENTERPRISE -> usccColumn == null ? "false" : usccColumn + " = :scopeCode";
            case NONE -> "false";
        };
    }
}
