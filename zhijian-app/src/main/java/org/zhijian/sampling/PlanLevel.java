package org.zhijian.sampling;

/** Who organises a plan: the national administration, the province, a prefecture or a county. */
public enum PlanLevel {
    NATIONAL("国家"),
    PROVINCE("省"),
    PREFECTURE("市"),
    COUNTY("县");

    private final String label;

    PlanLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
