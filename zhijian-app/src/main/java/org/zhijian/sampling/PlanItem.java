package org.zhijian.sampling;

/** An inspection item of one plan. */
public record PlanItem(long id, ItemSpec spec) {}
