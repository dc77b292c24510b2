package org.zhijian.sampling.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * The industry output weights of the weighted pass rates (e.g. each GB/T 4754 division's share of manufacturing
 * output from the statistical yearbook). A file {@code industry_code,weight} replaces the whole table; it is checked
 * first (known divisions, positive weights, no repeats) and nothing changes when a line is wrong.
 */
@Component
class IndustryWeights {

    private final JdbcClient jdbc;
    private final ClassificationManagement classification;
    private final AuditTrail audit;

    IndustryWeights(JdbcClient jdbc, ClassificationManagement classification, AuditTrail audit) {
        this.jdbc = jdbc;
        this.classification = classification;
        this.audit = audit;
    }

    @Transactional
    int load(Reader csv, String source) throws IOException {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        BufferedReader in = new BufferedReader(csv);
        int line = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            String t = text.replace("\uFEFF", "").strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("industry_code") || t.startsWith("行业")) {
                continue;
            }
            read(t, line, weights, problems);
        }
        if (!problems.isEmpty() || weights.isEmpty()) {
            throw new BusinessRuleViolation(
                    SamplingErrors.INVALID, problems.isEmpty() ? "文件中没有权重" : String.join("；", problems));
        }
        jdbc.sql("delete from sampling_industry_weight").update();
        weights.forEach(
                (code, weight) -> jdbc.sql("insert into sampling_industry_weight (industry_code, weight, source) "
                                + "values (:code, :weight, :source)")
                        .param("code", code)
                        .param("weight", weight)
                        .param("source", source)
                        .update());
        audit.record(new AuditEntry(
                "SAMPLING_WEIGHTS_LOAD",
                "sampling_industry_weight",
                null,
                "载入行业产值权重 " + weights.size() + " 个（" + source + "）",
                null,
                weights));
        return weights.size();
    }

    /** One line {@code code,weight}: a division of GB/T 4754 once, with a weight above 0. */
    private void read(String t, int line, Map<String, BigDecimal> weights, List<String> problems) {
        String[] f = t.split(",");
        try {
            String code = f[0].strip();
            BigDecimal weight = new BigDecimal(f[1].strip());
            if (classification.findIndustry(code).filter(i -> !i.section()).isEmpty()) {
                problems.add("第 " + line + " 行：" + code + " 不是 GB/T 4754 行业大类代码");
            } else if (weight.signum() <= 0) {
                problems.add("第 " + line + " 行：权重应大于 0");
            } else if (weights.put(code, weight) != null) {
                problems.add("第 " + line + " 行：行业 " + code + " 重复");
            }
        } catch (RuntimeException e) {
            problems.add("第 " + line + " 行“" + t + "”：应为 行业大类代码,权重");
        }
    }
}
