package org.zhijian.records;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One field of a record kind, as a file column, an API field and a stored column at once. Made with a factory per
 * {@link FieldType} and refined with its copying methods, e.g.
 * {@code Field.date("found_on", "发现日期").required().notFuture().example("2026-05-08")}.
 *
 * <p>A field has a {@code name} (the key in files, requests and the table), a Chinese {@code label} (the column
 * header), a {@link FieldType}, and optionally: required; an example and a hint for the template; options
 * ({@link FieldType#CHOICE}, offered as a drop-down); a value taken when the cell is empty ({@link #orElse}); its own
 * message for a value that cannot be read, used also for an empty required one ({@link #invalid}); a refusal of days
 * after today ({@link #notFuture}); the decimals allowed and the SQL type ({@link #decimal}, {@link #storedAs});
 * a mapping of other spellings to the stored value ({@link #mappedBy}, e.g. a status's Chinese name to its code);
 * leniency ({@link FieldType#HAZARD}: the text is kept as written, and one naming no hazard is no error); and
 * whether its text goes into the record's {@code search_text} ({@link #searchable}).
 */
public final class Field {

    /** A stored column and its SQL type. */
    public record Column(String name, String sqlType) {}

    private String name;
    private String label;
    private FieldType type;
    private boolean required;
    private String example = "";
    private String hint = "";
    private List<String> options = List.of();
    private String orElse;
    private String invalid;
    private boolean notFuture;
    private int scale;
    private String sqlType;
    private Function<String, Optional<String>> mapping;
    private boolean lenient;
    private boolean searchable;
    private boolean listed;

    private Field() {}

    private static Field of(String name, String label, FieldType type) {
        Field f = new Field();
        f.name = name;
        f.label = label;
        f.type = type;
        return f;
    }

    /** A copy with one change: fields never change once made. */
    private Field with(Consumer<Field> change) {
        Field f = of(name, label, type);
        f.required = required;
        f.example = example;
        f.hint = hint;
        f.options = options;
        f.orElse = orElse;
        f.invalid = invalid;
        f.notFuture = notFuture;
        f.scale = scale;
        f.sqlType = sqlType;
        f.mapping = mapping;
        f.lenient = lenient;
        f.searchable = searchable;
        f.listed = listed;
        change.accept(f);
        return f;
    }

    public static Field text(String name, String label) {
        return of(name, label, FieldType.TEXT);
    }

    public static Field choice(String name, String label, List<String> options) {
        return of(name, label, FieldType.CHOICE).withOptions(options);
    }

    public static Field date(String name, String label) {
        return of(name, label, FieldType.DATE);
    }

    public static Field timestamp(String name, String label) {
        return of(name, label, FieldType.TIMESTAMP);
    }

    /** A decimal with {@code scale} decimals stored as {@code sqlType}, e.g. {@code numeric(14, 2)} or {@code bigint}. */
    public static Field decimal(String name, String label, int scale, String sqlType) {
        return of(name, label, FieldType.DECIMAL).with(f -> {
            f.scale = scale;
            f.sqlType = sqlType;
        });
    }

    public static Field yesNo(String name, String label) {
        return of(name, label, FieldType.YES_NO).withOptions(List.of("是", "否"));
    }

    public static Field url(String name, String label) {
        return of(name, label, FieldType.URL);
    }

    public static Field phone(String name, String label) {
        return of(name, label, FieldType.PHONE);
    }

    public static Field uscc(String name, String label) {
        return of(name, label, FieldType.USCC);
    }

    public static Field residentId(String name, String label) {
        return of(name, label, FieldType.RESIDENT_ID);
    }

    /** The county, file key {@code county_code}. */
    public static Field county(String label) {
        return of("county_code", label, FieldType.COUNTY);
    }

    /** The product category, file key {@code category_code}. */
    public static Field category(String label) {
        return of("category_code", label, FieldType.CATEGORY);
    }

    /** The hazard type, file key {@code hazard_type}. */
    public static Field hazard(String label) {
        return of("hazard_type", label, FieldType.HAZARD);
    }

    public Field required() {
        return with(f -> f.required = true);
    }

    public Field example(String value) {
        return with(f -> f.example = value);
    }

    public Field hint(String text) {
        return with(f -> f.hint = text);
    }

    public Field withOptions(List<String> values) {
        return with(f -> f.options = List.copyOf(values));
    }

    public Field orElse(String value) {
        return with(f -> f.orElse = value);
    }

    public Field invalid(String message) {
        return with(f -> f.invalid = message);
    }

    public Field notFuture() {
        return with(f -> f.notFuture = true);
    }

    public Field storedAs(String type) {
        return with(f -> f.sqlType = type);
    }

    public Field mappedBy(Function<String, Optional<String>> reading) {
        return with(f -> f.mapping = reading);
    }

    public Field lenient() {
        return with(f -> f.lenient = true);
    }

    public Field searchable() {
        return with(f -> f.searchable = true);
    }

    /** The field is a column of the kind's generic list. */
    public Field listed() {
        return with(f -> f.listed = true);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public FieldType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String exampleValue() {
        return example;
    }

    public String hintText() {
        return hint;
    }

    public List<String> options() {
        return options;
    }

    public String defaultValue() {
        return orElse;
    }

    public String invalidMessage() {
        return invalid;
    }

    public boolean refusesFuture() {
        return notFuture;
    }

    public int scale() {
        return scale;
    }

    public Optional<Function<String, Optional<String>>> mapping() {
        return Optional.ofNullable(mapping);
    }

    public boolean isLenient() {
        return lenient;
    }

    public boolean isSearchable() {
        return searchable;
    }

    public boolean isListed() {
        return listed;
    }

    /** The columns this field stores, in order. */
    public List<Column> columns() {
        return switch (type) {
            case COUNTY -> List.of(new Column("county_code", "text"), new Column("prefecture_code", "text"));
            case CATEGORY -> List.of(new Column("category_code", "text"), new Column("category_source", "text"));
            case HAZARD ->
                lenient
                        ? List.of(
                                new Column(name, "text"),
                                new Column("hazard_code", "text"),
                                new Column("hazard_source", "text"))
                        : List.of(new Column("hazard_code", "text"), new Column("hazard_source", "text"));
            default -> List.of(new Column(name, sqlType != null ? sqlType : ownSqlType()));
        };
    }

    private String ownSqlType() {
        return switch (type) {
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
            case YES_NO -> "boolean";
            default -> "text";
        };
    }
}
