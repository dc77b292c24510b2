package org.zhijian.records;

/**
 * How a kind's records show on an enterprise's and a product category's timeline (企业全景, 分类全景): SQL expressions
 * over the kind's table for the day, the title and the line of detail. Text in braces inside the expressions' results,
 * such as {@code {listing.status.REMOVED}}, is a message key and shows in the reader's language.
 *
 * @param label the kind's name on the timeline, e.g. {@code 投诉举报}
 * @param day the expression of the day, e.g. {@code cast(received_at as date)}
 * @param order the order of a kind's page, newest first, ending in {@code id}
 * @param title the title on an enterprise's timeline
 * @param detail the detail on an enterprise's timeline
 * @param categoryTitle the title on a category's timeline (where the enterprise is worth naming)
 * @param categoryDetail the detail on a category's timeline
 * @param enterpriseWhere the records of the enterprise {@code :uscc}
 */
public record Timeline(
        String label,
        String day,
        String order,
        String title,
        String detail,
        String categoryTitle,
        String categoryDetail,
        String enterpriseWhere) {

    /** The same title and detail on both timelines, ordered by day, the enterprise found by {@code enterprise_uscc}. */
    public static Timeline of(String label, String day, String title, String detail) {
        return new Timeline(
                label, day, day + " desc, id desc", title, detail, title, detail, "enterprise_uscc = :uscc");
    }

    /** A finer order of a kind's page, e.g. {@code received_at desc, id desc}. */
    public Timeline orderedBy(String newestFirst) {
        return new Timeline(label, day, newestFirst, title, detail, categoryTitle, categoryDetail, enterpriseWhere);
    }

    /** Another title and detail on a category's timeline. */
    public Timeline inCategory(String title, String detail) {
        return new Timeline(label, day, order, this.title, this.detail, title, detail, enterpriseWhere);
    }

    /** Another way to find the enterprise's records, with {@code :uscc}. */
    public Timeline ofEnterpriseWhere(String condition) {
        return new Timeline(label, day, order, title, detail, categoryTitle, categoryDetail, condition);
    }

    /** The expression's text cut to 60 characters with an ellipsis. */
    public static String abbreviated(String expression) {
        return "case when length(%1$s) > 60 then left(%1$s, 60) || '…' else %1$s end".formatted(expression);
    }
}
