package org.zhijian.platform.web;

/**
 * One step of the breadcrumb trail under the header.
 *
 * @param label Chinese label
 * @param url link, {@code null} for the current page
 */
public record Crumb(String label, String url) {

    public static Crumb of(String label, String url) {
        return new Crumb(label, url);
    }

    public static Crumb here(String label) {
        return new Crumb(label, null);
    }
}
