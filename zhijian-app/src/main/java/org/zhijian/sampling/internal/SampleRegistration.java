package org.zhijian.sampling.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleForm;

/**
 * The write side of sampling records: a new record from a form or an API request, checked by {@link SampleRules},
 * within the officer's area, numbered when no number is given, and audited. Reads go through {@link SampleReads}.
 */
@Component
class SampleRegistration {

    private final JdbcClient jdbc;
    private final JdbcPlans plans;
    private final JdbcDraws draws;
    private final SampleRules rules;
    private final SampleReads reads;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    SampleRegistration(
            JdbcClient jdbc,
            JdbcPlans plans,
            JdbcDraws draws,
            SampleRules rules,
            SampleReads reads,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.draws = draws;
        this.rules = rules;
        this.reads = reads;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    Sample create(SampleForm form) {
        Plan plan = form.planId() == null ? null : plans.plan(form.planId()).orElse(null);
        if (plan == null) {
            throw new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, form.planId());
        }
        Draw draw = form.drawId() == null
                ? null
                : draws.find(form.drawId())
                        .orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, form.drawId()));
        Enterprise enterprise = rules.check(form, plan, draw);
        currentActor.get().checkWrite(enterprise.countyCode(), enterprise.prefectureCode(), enterprise.uscc());
        String sampleNo = form.sampleNo() == null || form.sampleNo().isBlank()
                ? nextSampleNo(plan)
                : form.sampleNo().strip();
        long id;
        try {
            id = insert(form, plan, enterprise, sampleNo);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(SamplingErrors.SAMPLE_NO_EXISTS, sampleNo);
        }
        Sample sample = reads.find(id).orElseThrow();
        audit.record(new AuditEntry(
                "SAMPLING_RECORD_CREATE",
                "sampling_record",
                Long.toString(id),
                "新增抽样单 " + sampleNo + "：" + enterprise.name() + " " + sample.sampleName(),
                null,
                form));
        return sample;
    }

    private String nextSampleNo(Plan plan) {
        long n = jdbc.sql("select nextval('sampling_sample_no_seq')")
                .query(Long.class)
                .single();
        return "CJ" + plan.year() + "-" + plan.organizerRegion() + "-" + String.format("%06d", n);
    }

    private long insert(SampleForm form, Plan plan, Enterprise enterprise, String sampleNo) {
        return jdbc.sql("""
                insert into sampling_record (sample_no, plan_id, draw_id, enterprise_uscc, county_code, prefecture_code,
                    category_code, sample_name, brand, model_spec, batch_or_date, quantity, reserve_quantity, price,
                    place_type, manufacturer_name, manufacturer_uscc, manufacturer_region, inspectors, sampled_on, created_by,
                    industry_code)
                values (:no, :plan, :draw, :uscc, :county, :prefecture, :category, :name, :brand, :model, :batch, :quantity,
                    :reserve, :price, :place, :manufacturer, :manufacturerUscc, :manufacturerRegion,
                    cast(:inspectors as text[]), :on, :by, :industry) returning id""")
                .param("no", sampleNo)
                .param("plan", plan.id())
                .param("draw", form.drawId())
                .param("uscc", enterprise.uscc())
                .param("county", enterprise.countyCode())
                .param("prefecture", enterprise.prefectureCode())
                .param("category", form.categoryCode())
                .param("name", form.sampleName().strip())
                .param("brand", blankToNull(form.brand()))
                .param("model", blankToNull(form.modelSpec()))
                .param("batch", blankToNull(form.batchOrDate()))
                .param("quantity", form.quantity().strip())
                .param("reserve", blankToNull(form.reserveQuantity()))
                .param("price", form.price())
                .param("place", form.placeType().name())
                .param("manufacturer", form.manufacturerName().strip())
                .param("manufacturerUscc", blankToNull(form.manufacturerUscc()))
                .param("manufacturerRegion", blankToNull(form.manufacturerRegion()))
                .param(
                        "inspectors",
                        form.inspectors().stream()
                                .filter(i -> i != null && !i.isBlank())
                                .map(String::strip)
                                .distinct()
                                .toArray(String[]::new))
                .param("industry", enterprise.industryCode())
                .param("on", form.sampledOn())
                .param("by", currentActor.get().username())
                .query(Long.class)
                .single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
