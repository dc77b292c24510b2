package org.zhijian.records.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Timeline;
import org.zhijian.records.TimelineEntry;

/** The timelines of an enterprise and of a product category, for the kinds that declare a {@link Timeline}. */
@Component
class RecordTimeline {

    private static final Pattern KEY = Pattern.compile("\\{([a-z][A-Za-z0-9_.]*)\\}");

    private final JdbcClient jdbc;
    private final RecordReads reads;
    private final MessageSource messages;

    RecordTimeline(JdbcClient jdbc, RecordReads reads, MessageSource messages) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.messages = messages;
    }

    PageResult<TimelineEntry> ofEnterprise(RecordKind kind, String uscc, PageRequest page) {
        Timeline t = kind.timeline().orElseThrow();
        return read(kind, t.title(), t.detail(), reads.visible(kind).bind("uscc", uscc, t.enterpriseWhere()), page);
    }

    PageResult<TimelineEntry> ofCategories(RecordKind kind, List<String> codes, PageRequest page) {
        Timeline t = kind.timeline().orElseThrow();
        Conditions c =
                reads.visible(kind).bind("codes", codes.isEmpty() ? List.of("-") : codes, "category_code in (:codes)");
        return read(kind, t.categoryTitle(), t.categoryDetail(), c, page);
    }

    private PageResult<TimelineEntry> read(
            RecordKind kind, String title, String detail, Conditions c, PageRequest page) {
        Timeline t = kind.timeline().orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        return new TablePage(kind.table(), t.order(), "id, " + t.day() + ", " + title + ", " + detail)
                .read(
                        jdbc,
                        c,
                        page,
                        (rs, n) -> new TimelineEntry(
                                rs.getObject(2, LocalDate.class),
                                t.label(),
                                words(rs.getString(3), locale),
                                words(rs.getString(4), locale),
                                kind.page() + rs.getLong(1)));
    }

    /** The text with each {@code {message.key}} in the reader's words. */
    private String words(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        Matcher m = KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(messages.getMessage(m.group(1), null, m.group(1), locale)));
        }
        return m.appendTail(out).toString();
    }
}
