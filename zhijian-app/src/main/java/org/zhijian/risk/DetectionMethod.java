package org.zhijian.risk;

import java.util.Arrays;
import java.util.Optional;

/** The detection methods, by the names of their R functions in surveillance. */
public enum DetectionMethod {
    EARS_C1("earsC1", "EARS C1"),
    EARS_C2("earsC2", "EARS C2"),
    EARS_C3("earsC3", "EARS C3"),
    FARRINGTON("farrington", "Farrington (1996)"),
    FARRINGTON_FLEXIBLE("farringtonFlexible", "Farrington Flexible (Noufaily 2013)"),
    CUSUM("cusum", "Poisson CUSUM"),
    GLR_POIS("glrpois", "Poisson GLR");

    private final String key;
    private final String label;

    DetectionMethod(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<DetectionMethod> parse(String text) {
        return Arrays.stream(values())
                .filter(m -> m.key.equalsIgnoreCase(text == null ? "" : text.strip())
                        || m.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
