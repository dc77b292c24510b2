package org.zhijian.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything generic about one kind of record, declared in one place by the module that owns its table: its typed
 * fields (file columns, API fields and stored columns at once) and checks, the field that identifies a record, the
 * registry link, the classified text, the series it contributes, and how it shows as a search hit. The owning module
 * exposes it as a bean; the {@code records} engines serve every such bean. A kind without fields is not imported
 * (e.g. samples or recalls, which have their own formats) but is still linked, classified, counted or searched as
 * declared. See {@code docs/record-kinds.md} for a worked example.
 */
public final class RecordKind {

    private final String key;
    private final String label;
    private final String origin;
    private final String table;
    private final String page;
    private final String keyField;
    private final List<Field> fields;
    private final List<RowRule> rules;
    private final Link link;
    private final Classified classified;
    private final List<Series> series;
    private final Hit hit;
    private final String onUpdate;
    private final boolean visibleToAll;
    private final Timeline timeline;
    private final Credited credited;
    private final String auditAction;
    private final String auditedBy;

    private RecordKind(Builder b) {
        this.key = Objects.requireNonNull(b.key);
        this.label = Objects.requireNonNull(b.label);
        this.origin = Objects.requireNonNull(b.origin, "origin");
        this.table = Objects.requireNonNull(b.table, "table");
        this.page = b.page != null ? b.page : "/records/" + b.key + "/";
        this.keyField = b.keyField;
        this.fields = List.copyOf(b.fields);
        this.rules = List.copyOf(b.rules);
        this.link = b.link;
        this.classified = b.classified;
        this.series = List.copyOf(b.series);
        this.hit = b.hit;
        this.onUpdate = b.onUpdate;
        this.visibleToAll = b.visibleToAll;
        this.timeline = b.timeline;
        this.credited = b.credited;
        this.auditAction = b.auditAction;
        this.auditedBy = b.auditedBy != null ? b.auditedBy : b.keyField;
        if (!fields.isEmpty() && (keyField == null || field(keyField).isEmpty())) {
            throw new IllegalArgumentException(key + ": an imported kind needs a key field among its fields");
        }
        if (!fields.isEmpty() && fields.stream().noneMatch(f -> f.type() == FieldType.COUNTY)) {
            throw new IllegalArgumentException(key + ": an imported kind needs a county field for its area");
        }
    }

    /**
     * Starts a kind.
     *
     * @param key the key in URLs and the CLI, e.g. {@code complaints}
     * @param label the Chinese name, e.g. {@code 投诉举报}
     */
    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The owning module's noun, as carried by {@link org.zhijian.platform.RecordsChanged}. */
    public String origin() {
        return origin;
    }

    public String table() {
        return table;
    }

    /**
     * The path of a record's page before its id, e.g. {@code /complaints/}; a kind without pages of its own has the
     * generic ones, {@code /records/KEY/}.
     */
    public String page() {
        return page;
    }

    /** The field that identifies a record (a work-order, case or decision number, a link). */
    public String keyField() {
        return keyField;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The header of a field, or the name when the kind has no such field. */
    public String header(String name) {
        return field(name).map(Field::label).orElse(name);
    }

    public List<RowRule> rules() {
        return rules;
    }

    public boolean imported() {
        return !fields.isEmpty();
    }

    public Optional<Link> link() {
        return Optional.ofNullable(link);
    }

    public Optional<Classified> classified() {
        return Optional.ofNullable(classified);
    }

    public List<Series> series() {
        return series;
    }

    public Optional<Hit> hit() {
        return Optional.ofNullable(hit);
    }

    /**
     * The prefix of the audit actions for registering and classifying a record ({@code COMPLAINT} →
     * {@code COMPLAINT_REGISTER}, {@code COMPLAINT_CLASSIFY}), when these are audited.
     */
    public Optional<String> auditAction() {
        return Optional.ofNullable(auditAction);
    }

    /** The field that names a record in the audit trail (by default its key). */
    public String auditedBy() {
        return auditedBy;
    }

    public Optional<Timeline> timeline() {
        return Optional.ofNullable(timeline);
    }

    /** How the kind's records enter credit files, when they do. */
    public Optional<Credited> credited() {
        return Optional.ofNullable(credited);
    }

    /** Whether the kind has pages of its own, rather than the generic list and record pages. */
    public boolean hasOwnPages() {
        return !page.equals("/records/" + key + "/");
    }

    /** The fields shown as the generic list's columns: those marked listed, else the first five. */
    public List<Field> listed() {
        List<Field> marked = fields.stream().filter(Field::isListed).toList();
        return marked.isEmpty() ? fields.subList(0, Math.min(5, fields.size())) : marked;
    }

    /** The order of the kind's lists, newest first: the timeline's, else the search hits', else by id. */
    public String listOrder() {
        return timeline != null ? timeline.order() : hit != null ? hit.order() : "id desc";
    }

    /** Whether the kind's records have text to search ({@code search_text}). */
    public boolean searchable() {
        return fields.stream().anyMatch(Field::isSearchable);
    }

    /** Whether the kind's records have a county (every imported kind has). */
    public boolean located() {
        return fields.stream().anyMatch(f -> f.type() == FieldType.COUNTY) || !series.isEmpty();
    }

    /** Whether every reader sees every record (e.g. recalls), rather than those of the reader's area. */
    public boolean visibleToAll() {
        return visibleToAll;
    }

    /** The kind's list page, e.g. {@code /complaints}. */
    public String listPage() {
        return page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    }

    /** The stored columns, in order: each field's, then {@code search_text} when a field is searchable. */
    public List<Field.Column> columns() {
        List<Field.Column> all = new ArrayList<>();
        fields.forEach(f -> all.addAll(f.columns()));
        if (fields.stream().anyMatch(Field::isSearchable)) {
            all.add(new Field.Column("search_text", "text"));
        }
        return all;
    }

    /** Assignments made when an import updates a stored record: the link is looked for again. */
    public String onUpdate() {
        List<String> parts = new ArrayList<>();
        if (link != null) {
            parts.add("link_status = null");
        }
        if (onUpdate != null) {
            parts.add(onUpdate);
        }
        return String.join(", ", parts);
    }

    /** Builds a {@link RecordKind}. */
    public static final class Builder {
        private final String key;
        private final String label;
        private String origin;
        private String table;
        private String page;
        private String keyField;
        private final List<Field> fields = new ArrayList<>();
        private final List<RowRule> rules = new ArrayList<>();
        private Link link;
        private Classified classified;
        private final List<Series> series = new ArrayList<>();
        private Hit hit;
        private String onUpdate;
        private boolean visibleToAll;
        private Timeline timeline;
        private Credited credited;
        private String auditAction;
        private String auditedBy;

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The owning module's noun and its table. */
        public Builder storedIn(String origin, String table) {
            this.origin = origin;
            this.table = table;
            return this;
        }

        /** A record's page is {@code page + id}; without, the kind has the generic pages under {@code /records/KEY/}. */
        public Builder page(String page) {
            this.page = page;
            return this;
        }

        /** The fields in template order; {@code keyField} identifies a record. */
        public Builder fields(String keyField, Field... fields) {
            this.keyField = keyField;
            this.fields.addAll(List.of(fields));
            return this;
        }

        public Builder rule(RowRule rule) {
            rules.add(rule);
            return this;
        }

        public Builder linkedBy(String usccColumn, String nameColumn) {
            this.link = new Link(usccColumn, nameColumn);
            return this;
        }

        public Builder classifiedBy(String productSql, String descriptionSql) {
            this.classified = new Classified(productSql, descriptionSql);
            return this;
        }

        public Builder counted(Series s) {
            series.add(s);
            return this;
        }

        public Builder shownAs(String title, String detail, String order) {
            this.hit = new Hit(title, detail, order);
            return this;
        }

        /** Further assignments when an import updates a stored record, e.g. {@code updated_at = now()}. */
        public Builder onUpdate(String assignments) {
            this.onUpdate = assignments;
            return this;
        }

        public Builder onTimeline(Timeline t) {
            this.timeline = t;
            return this;
        }

        public Builder credited(Credited c) {
            this.credited = c;
            return this;
        }

        /** Registering and classifying a record are audited as {@code ACTION_REGISTER} and {@code ACTION_CLASSIFY}. */
        public Builder audited(String action) {
            return audited(action, null);
        }

        /** The same, naming the record in the audit trail by {@code field} rather than its key. */
        public Builder audited(String action, String field) {
            this.auditAction = action;
            this.auditedBy = field;
            return this;
        }

        /** Every reader sees every record, not only those of the reader's area. */
        public Builder visibleToAll() {
            this.visibleToAll = true;
            return this;
        }

        public RecordKind build() {
            return new RecordKind(this);
        }
    }
}
