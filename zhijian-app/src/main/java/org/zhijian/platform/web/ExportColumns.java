package org.zhijian.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a list's export, declared as text (from the messages, so an instance may change them):
 * {@code 病例编号=caseNo;县市区=countyName;产品类别=classifiedAs.categoryCode}, each a header and the path of
 * public no-argument methods that reads the cell from a record; yes/no cells are written 是/否. A path followed by
 * {@code @prefix} writes a code as its message: {@code 检验结论=verdictCode@sampling.verdict} writes
 * {@code NONCONFORMING} as the message {@code sampling.verdict.NONCONFORMING} (不合格), and the code itself when there
 * is no such message.
 *
 * <p>An unknown method is refused when the columns are built, naming it, so a wrong declaration fails at the first
 * export instead of writing empty cells.
 */
public final class ExportColumns<T> {

    private final List<String> header = new ArrayList<>();
    private final List<List<Method>> paths = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Function<String, String> messages;

    private ExportColumns(Class<T> type, String spec, Function<String, String> messages) {
        this.messages = messages;
        for (String column : spec.split(";")) {
            int eq = column.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("export column without header=path: " + column);
            }
            header.add(column.substring(0, eq).strip());
            String[] path = column.substring(eq + 1).strip().split("@", 2);
            paths.add(path(type, path[0].strip()));
            prefixes.add(path.length > 1 ? path[1].strip() : null);
        }
    }

    /** The columns {@code spec} declares over records of {@code type}; codes written as they are. */
    public static <T> ExportColumns<T> of(Class<T> type, String spec) {
        return new ExportColumns<>(type, spec, key -> null);
    }

    /** The columns {@code spec} declares, writing {@code @prefix} codes as the message {@code messages} gives. */
    public static <T> ExportColumns<T> of(Class<T> type, String spec, Function<String, String> messages) {
        return new ExportColumns<>(type, spec, messages);
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    /** One record's cells, in header order. */
    public Object[] row(T item) {
        Object[] cells = new Object[paths.size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = read(item, paths.get(i));
            cells[i] = v instanceof Boolean b ? (b ? "是" : "否") : named(prefixes.get(i), v);
        }
        return cells;
    }

    private Object named(String prefix, Object code) {
        if (prefix == null || code == null) {
            return code;
        }
        String text = messages.apply(prefix + "." + code);
        return text != null ? text : code.toString();
    }

    private static List<Method> path(Class<?> type, String path) {
        List<Method> methods = new ArrayList<>();
        Class<?> on = type;
        for (String name : path.split("\\.")) {
            try {
                Method m = on.getMethod(name);
                methods.add(m);
                on = m.getReturnType();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no method " + name + " on " + on.getSimpleName(), e);
            }
        }
        return methods;
    }

    private static Object read(Object item, List<Method> path) {
        Object v = item;
        for (Method m : path) {
            if (v == null) {
                return null;
            }
            try {
                v = m.invoke(v);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + m.getName(), e);
            }
        }
        return v;
    }
}
