package org.zhijian.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.zhijian.classification.ClassifiedAs;

/**
 * Reads a stored record into a Java record by its components, as Spring's {@code DataClassRowMapper} does: each
 * component from the column of the same name in snake case ({@code caseNo} ← {@code case_no}), typed by the
 * component — text, {@link LocalDate}, {@link OffsetDateTime}, {@link BigDecimal}, {@code int}/{@code long}
 * (boxed or not), {@code boolean} and enums by name; {@code id}, {@code countyName} and a {@link ClassifiedAs}
 * {@code classifiedAs} from what the engines keep. A component that has no column, or whose value the module
 * derives (a masked phone, an overdue flag), is declared with {@link #with}.
 *
 * <p>A component of another type with no {@code with} is refused at the first read, naming it.
 */
public final class ComponentReader<R> implements KindReader<R> {

    private final Constructor<R> constructor;
    private final List<Function<StoredColumns, Object>> components = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private ComponentReader(Class<R> type) {
        RecordComponent[] parts = type.getRecordComponents();
        if (parts == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            names.add(parts[i].getName());
            components.add(byType(parts[i].getName(), parts[i].getType()));
        }
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no canonical constructor on " + type.getSimpleName(), e);
        }
    }

    /** A reader of {@code type}'s components from the columns of their names. */
    public static <R> ComponentReader<R> of(Class<R> type) {
        return new ComponentReader<>(type);
    }

    /** Reads the component {@code name} with {@code value} instead of from its column. */
    public ComponentReader<R> with(String name, Function<StoredColumns, Object> value) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no component " + name);
        }
        components.set(i, value);
        return this;
    }

    @Override
    public R read(StoredColumns row) {
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = components.get(i).apply(row);
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static Function<StoredColumns, Object> byType(String name, Class<?> type) {
        String column = column(name);
        return switch (name) {
            case "id" -> StoredColumns::id;
            case "countyName" -> StoredColumns::countyName;
            case "classifiedAs" -> StoredColumns::classifiedAs;
            default -> byType(column, type, name);
        };
    }

    private static Function<StoredColumns, Object> byType(String column, Class<?> type, String name) {
        if (type == String.class) {
            return c -> c.text(column);
        } else if (type == LocalDate.class) {
            return c -> c.date(column);
        } else if (type == OffsetDateTime.class) {
            return c -> c.timestamp(column);
        } else if (type == BigDecimal.class) {
            return c -> c.decimal(column);
        } else if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return number(column, type);
        } else if (type == boolean.class || type == Boolean.class) {
            return c -> c.yes(column);
        } else if (type.isEnum()) {
            return c -> named(type, c.text(column));
        }
        return c -> {
            throw new IllegalStateException("component " + name + " (" + type.getSimpleName() + ") needs with()");
        };
    }

    private static Function<StoredColumns, Object> number(String column, Class<?> type) {
        boolean primitive = type.isPrimitive();
        boolean whole = type == int.class || type == Integer.class;
        return c -> {
            Long n = c.number(column);
            if (n == null) {
                return primitive ? (whole ? (Object) 0 : (Object) 0L) : null;
            }
            return whole ? (Object) n.intValue() : (Object) n;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object named(Class<?> type, String name) {
        return name == null ? null : Enum.valueOf((Class<? extends Enum>) type, name);
    }

    /** {@code caseNo} → {@code case_no}. */
    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
