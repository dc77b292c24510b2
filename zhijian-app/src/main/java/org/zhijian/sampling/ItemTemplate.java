package org.zhijian.sampling;

/** An inspection item kept per product category and copied into new plans. */
public record ItemTemplate(long id, ItemSpec spec) {}
