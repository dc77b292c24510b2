package org.zhijian.sampling;

/** Where a sample was taken: at the producer, in circulation (shops, markets) or online. */
public enum PlaceType {
    PRODUCTION("生产"),
    CIRCULATION("流通"),
    ECOMMERCE("电商");

    private final String label;

    PlaceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By name or Chinese label, e.g. {@code 流通}. */
    public static java.util.Optional<PlaceType> parse(String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        String t = s.strip();
        return java.util.Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(t) || p.label.equals(t) || (p.label + "环节").equals(t))
                .findFirst();
    }
}
