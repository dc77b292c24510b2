package org.zhijian.credit;

/**
 * What to count: a month ({@code yyyy-MM}, blank for the latest classified), a region (prefecture or county code,
 * blank for the reader's whole area), an industry division (GB/T 4754 two digits, blank for all) and a scheme
 * version (blank for the one in use).
 */
public record ClassQuery(String month, String region, String industry, String scheme) {

    public static ClassQuery latest() {
        return new ClassQuery(null, null, null, null);
    }
}
