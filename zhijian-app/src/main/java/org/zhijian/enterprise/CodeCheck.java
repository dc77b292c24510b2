package org.zhijian.enterprise;

import java.util.List;

/**
 * The outcome of checking a unified social credit code, including the override list.
 *
 * @param code the normalised code
 * @param valid whether the code is accepted
 * @param reason Chinese reason for a rejection, empty when valid
 * @param overridden accepted only because it is on the override list
 * @param warnings soft findings
 */
public record CodeCheck(String code, boolean valid, String reason, boolean overridden, List<String> warnings) {}
