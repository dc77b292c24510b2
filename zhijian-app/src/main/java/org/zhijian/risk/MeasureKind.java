package org.zhijian.risk;

/**
 * What is done about a warning. Referrals follow RASFF: "for follow-up" expects the other region's reply by a
 * deadline, "for attention" informs it.
 */
public enum MeasureKind {
    CONSUMER_ALERT("消费提示", false),
    TARGETED_SAMPLING("专项抽查", false),
    RECALL_REQUEST("要求召回", true),
    REFERRAL_FOLLOW_UP("转办跟进", true),
    REFERRAL_ATTENTION("通报关注", false),
    INTERVIEW("约谈企业", false);

    private final String label;
    private final boolean awaitsReply;

    MeasureKind(String label, boolean awaitsReply) {
        this.label = label;
        this.awaitsReply = awaitsReply;
    }

    public String label() {
        return label;
    }

    /** Whether the measure stays open until a reply is recorded. */
    public boolean awaitsReply() {
        return awaitsReply;
    }
}
