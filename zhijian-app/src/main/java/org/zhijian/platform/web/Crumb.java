package org.zhijian.platform.web;

import java.util.List;

/**
 * One step of the breadcrumb trail under the header. Its text is either {@code label} as given (a record's name or
 * number) or, when {@code key} is set, the message {@code key} with {@code args}, which the layout looks up.
 *
 * @param label text as given, {@code null} when the text is a message
 * @param url link, {@code null} for the current page
 * @param key message key of the text, {@code null} when the text is {@code label}
 * @param args arguments of the message
 */
public record Crumb(String label, String url, String key, List<Object> args) {

    public Crumb {
        args = args == null ? List.of() : args.stream().map(Crumb::plain).toList();
    }

    /** Numbers in a trail are years and record numbers: written as digits, never as {@code 2,026}. */
    private static Object plain(Object arg) {
        return arg instanceof Number ? arg.toString() : String.valueOf(arg);
    }

    /** A link whose text is given. */
    public static Crumb of(String label, String url) {
        return new Crumb(label, url, null, null);
    }

    /** The current page, with its text given. */
    public static Crumb here(String label) {
        return new Crumb(label, null, null, null);
    }

    /** A link whose text is the message {@code key}. */
    public static Crumb to(String key, String url) {
        return new Crumb(null, url, key, null);
    }

    /** The current page, its text the message {@code key} with {@code args}. */
    public static Crumb hereAs(String key, Object... args) {
        return new Crumb(null, null, key, List.of(args));
    }

    /** The usual two-step trail: the section {@code parentKey} at {@code parentUrl}, then a record named {@code here}. */
    public static List<Crumb> below(String parentKey, String parentUrl, String here) {
        return List.of(to(parentKey, parentUrl), here(here));
    }

    /** The usual two-step trail, the current page's text the message {@code hereKey} with {@code args}. */
    public static List<Crumb> belowAs(String parentKey, String parentUrl, String hereKey, Object... args) {
        return List.of(to(parentKey, parentUrl), hereAs(hereKey, args));
    }

    /** The arguments as an array, for the layout's message lookup. */
    public Object[] argArray() {
        return args.toArray();
    }
}
