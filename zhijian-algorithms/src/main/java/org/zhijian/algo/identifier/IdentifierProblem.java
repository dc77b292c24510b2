package org.zhijian.algo.identifier;

/** Why an identifier was rejected. Each problem has a stable code and a Chinese explanation. */
public enum IdentifierProblem {
    EMPTY("ID_001", "代码为空"),
    WRONG_LENGTH("ID_002", "长度应为 %d 位，实际为 %d 位"),
    ILLEGAL_CHARACTER("ID_003", "第 %d 位字符“%s”不在允许的字符集中"),
    REGION_NOT_DIGITS("ID_004", "第 3–8 位（登记管理机关行政区划码）应全部为数字"),
    CHECK_CHARACTER_MISMATCH("ID_005", "校验位错误：应为“%s”，实际为“%s”"),
    UNKNOWN_DEPARTMENT("ID_006", "登记管理部门代码“%s”与机构类别代码“%s”的组合未知"),
    ORGANIZATION_CODE_MISMATCH("ID_007", "第 9–17 位（组织机构代码）校验位错误：应为“%s”，实际为“%s”");

    private final String code;
    private final String template;

    IdentifierProblem(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** Stable code, e.g. {@code ID_005}. */
    public String code() {
        return code;
    }

    /** Chinese message template ({@link String#format} placeholders). */
    public String template() {
        return template;
    }
}
