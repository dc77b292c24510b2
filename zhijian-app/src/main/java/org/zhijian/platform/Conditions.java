package org.zhijian.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhijian.platform.access.Scope;

/**
 * The WHERE conditions of a list query and their named parameters, built filter by filter: a filter whose value
 * is blank (or null) adds nothing. Read with {@link TablePage}.
 */
public final class Conditions {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private Conditions() {}

    /** No condition yet: every row. */
    public static Conditions all() {
        return new Conditions();
    }

    /** The rows a reader with this scope may see, by the table's {@code county_code} and {@code prefecture_code}. */
    public static Conditions within(Scope scope) {
        Conditions c = new Conditions();
        c.params.put("scopeCode", scope.code());
        c.where.add(scope.sql("county_code", "prefecture_code", null));
        return c;
    }

    /** Adds {@code sql} with {@code :name} bound to the stripped value, unless the value is blank. */
    public Conditions when(String name, String value, String sql) {
        return value == null || value.isBlank() ? this : bind(name, value.strip(), sql);
    }

    /** Adds {@code sql} with {@code :name} bound to the value, unless it is null. */
    public Conditions bind(String name, Object value, String sql) {
        if (value != null) {
            params.put(name, value);
            where.add(sql);
        }
        return this;
    }

    /** The rows of a region: a county, or every county of a prefecture. */
    public Conditions region(String code) {
        return when("region", code, "(county_code = :region or prefecture_code = :region)");
    }

    /** The rows filed under a category or any category below it ({@code subtree} lists them); blank: no filter. */
    public Conditions category(String code, Function<String, List<String>> subtree) {
        return code == null || code.isBlank()
                ? this
                : bind("categories", subtree.apply(code.strip()), "category_code in (:categories)");
    }

    /** Every word of {@code q} in the lower-cased search column ({@link SqlWords}). */
    public Conditions words(String q, String column) {
        SqlWords.likeAll(q, column, where, params);
        return this;
    }

    public List<String> where() {
        return List.copyOf(where);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }
}
