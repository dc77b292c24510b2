package org.zhijian.classification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.CategoryKind;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.Industry;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.classification.ProductCategory;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;

@Service
class JdbcClassification implements ClassificationManagement {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private volatile List<Industry> industries;
    private volatile List<ProductCategory> categories;

    JdbcClassification(JdbcClient jdbc, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    public List<Industry> industries() {
        List<Industry> list = industries;
        if (list == null) {
            list = jdbc.sql("select code, name, level, parent_code from industry order by code")
                    .query((rs, n) -> new Industry(
                            rs.getString(1), rs.getString(2), "section".equals(rs.getString(3)), rs.getString(4)))
                    .list();
            industries = list;
        }
        return list;
    }

    @Override
    public Optional<Industry> findIndustry(String code) {
        return industries().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public List<ProductCategory> categories() {
        List<ProductCategory> list = categories;
        if (list == null) {
            list = jdbc.sql("select code, parent_code, name_zh, name_en, kind from product_category order by code")
                    .query((rs, n) -> new ProductCategory(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            CategoryKind.fromKey(rs.getString(5)).orElseThrow()))
                    .list();
            categories = list;
        }
        return list;
    }

    @Override
    public Optional<ProductCategory> findCategory(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<String> subtree(String code) {
        List<ProductCategory> all = categories();
        List<String> result = new java.util.ArrayList<>(List.of(code));
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i);
            all.stream().filter(c -> parent.equals(c.parent())).forEach(c -> result.add(c.code()));
        }
        return result;
    }

    @Override
    @Transactional
    public ProductCategory addCategory(NewProductCategory request, String addedBy) {
        currentActor.get().checkMayWrite();
        String parent = request.parent() == null || request.parent().isBlank()
                ? null
                : request.parent().strip();
        if (parent != null && findCategory(parent).isEmpty()) {
            throw new BusinessRuleViolation(ClassificationErrors.PARENT_NOT_FOUND, parent);
        }
        CategoryKind kind = request.kind() != null
                ? request.kind()
                : parent == null ? null : findCategory(parent).orElseThrow().kind();
        if (kind == null) {
            throw new BusinessRuleViolation(ClassificationErrors.KIND_REQUIRED, request.code());
        }
        int inserted = jdbc.sql("""
                insert into product_category (code, parent_code, name_zh, name_en, kind, source, created_by)
                values (:code, :parent, :nameZh, :nameEn, :kind, 'officer', :by)
                on conflict (code) do nothing
                """)
                .param("code", request.code())
                .param("parent", parent)
                .param("nameZh", request.nameZh().strip())
                .param("nameEn", request.nameEn())
                .param("kind", kind.key())
                .param("by", addedBy)
                .update();
        if (inserted == 0) {
            throw new BusinessRuleViolation(ClassificationErrors.CODE_EXISTS, request.code());
        }
        categories = null;
        ProductCategory added = findCategory(request.code()).orElseThrow();
        audit.record(new AuditEntry(
                "CATEGORY_CREATE", "product_category", added.code(), "新增产品分类 " + added.nameZh(), null, added));
        return added;
    }

    void forget() {
        industries = null;
        categories = null;
    }
}
