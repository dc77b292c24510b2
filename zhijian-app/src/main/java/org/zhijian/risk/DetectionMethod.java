package org.zhijian.risk;

import java.util.Arrays;
import java.util.Optional;

/** The detection methods, by the names of their R functions in surveillance. */
public enum DetectionMethod {
    EARS_C1("earsC1", "EARS C1（与前 7 期比较）"),
    EARS_C2("earsC2", "EARS C2（与间隔 2 期后的前 7 期比较）"),
    EARS_C3("earsC3", "EARS C3（C2 近 3 期累计）"),
    FARRINGTON("farrington", "Farrington 法（与历年同期比较，1996）"),
    FARRINGTON_FLEXIBLE("farringtonFlexible", "改进 Farrington 法（Noufaily 2013）"),
    CUSUM("cusum", "泊松累积和（CUSUM）"),
    GLR_POIS("glrpois", "泊松广义似然比（GLR）");

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

    /** The label of a method given by its key (as stored with signals), or the key itself when unknown. */
    public static String labelOf(String key) {
        return parse(key).map(DetectionMethod::label).orElse(key == null ? "" : key);
    }

    public static Optional<DetectionMethod> parse(String text) {
        return Arrays.stream(values())
                .filter(m -> m.key.equalsIgnoreCase(text == null ? "" : text.strip())
                        || m.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
