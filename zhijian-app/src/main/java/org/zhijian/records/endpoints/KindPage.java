package org.zhijian.records.endpoints;

import java.util.List;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.ExportColumns;
import org.zhijian.platform.web.PageText;
import org.zhijian.records.KindFacade;

/**
 * Where a kind's pages are and what they are called: its facade, its list page ({@code /injuries}, whose template is
 * {@code injuries/list}), the message keys of its title and export columns, and the name of its export file.
 *
 * @param records the kind's facade
 * @param text the page texts
 * @param type the record type the export columns read
 * @param path the list page; a record's page is {@code path/{id}}
 * @param titleKey the message of the pages' title and breadcrumb
 * @param columnsKey the message declaring the export columns ({@code 标题=component;…})
 * @param exportNameKey the message naming the export file
 */
public record KindPage<R, Q>(
        KindFacade<R, Q> records,
        PageText text,
        Class<R> type,
        String path,
        String titleKey,
        String columnsKey,
        String exportNameKey) {

    /** A kind whose export file is named after its title. */
    public static <R, Q> KindPage<R, Q> of(
            KindFacade<R, Q> records, PageText text, Class<R> type, String path, String titleKey, String columnsKey) {
        return new KindPage<>(records, text, type, path, titleKey, columnsKey, titleKey);
    }

    /** The same pages with the export file named by the message {@code key}. */
    public KindPage<R, Q> exportedAs(String key) {
        return new KindPage<>(records, text, type, path, titleKey, columnsKey, key);
    }

    /** The pages' title in the request's language. */
    public String title() {
        return text.of(titleKey);
    }

    /** The breadcrumbs of a page below the list: the list, then {@code here}. */
    public List<Crumb> below(String here) {
        return Crumb.below(titleKey, path, here);
    }

    ExportColumns<R> columns() {
        return text.columns(type, columnsKey);
    }

    String template(String name) {
        return path.substring(1) + "/" + name;
    }
}
