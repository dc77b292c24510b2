package org.zhijian.records.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.HazardType;
import org.zhijian.records.Field;
import org.zhijian.records.RecordRow;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;

/** A field's value on the generic pages and in their export: counties and hazards by name, yes/no in words. */
@Component("recordValues")
public class RecordValues {

    private final RegionManagement regions;
    private final DescriptionClassification descriptions;

    RecordValues(RegionManagement regions, DescriptionClassification descriptions) {
        this.regions = regions;
        this.descriptions = descriptions;
    }

    /** A field's column header on the pages: a code field that shows names drops 代码 (发生地县区代码 → 发生地县区). */
    public String header(Field f) {
        return f.type() == org.zhijian.records.FieldType.COUNTY && f.label().endsWith("代码")
                ? f.label().substring(0, f.label().length() - 2)
                : f.label();
    }

    /** Whether the field holds a number (right-aligned in tables). */
    public boolean numeric(Field f) {
        return f.type() == org.zhijian.records.FieldType.DECIMAL;
    }

    /** The value as text. */
    public String text(Field f, RecordRow row) {
        Object v = cell(f, row);
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** The value as an export cell: numbers stay numbers. */
    public Object cell(Field f, RecordRow row) {
        return switch (f.type()) {
            case COUNTY ->
                regions.findByCode(row.text("county_code")).map(Region::name).orElse(row.text("county_code"));
            case CATEGORY -> row.get("category_code");
            case HAZARD -> hazard(row.text("hazard_code"), f.isLenient() ? row.text(f.name()) : "");
            case YES_NO -> row.get(f.name()) == null ? null : row.text(f.name());
            default -> row.get(f.name());
        };
    }

    private String hazard(String code, String asWritten) {
        String name = code.isEmpty()
                ? ""
                : descriptions.hazardTypes().stream()
                        .filter(h -> h.code().equals(code))
                        .map(HazardType::name)
                        .findFirst()
                        .orElse(code);
        return asWritten.isEmpty() || asWritten.equals(name)
                ? name
                : name.isEmpty() ? asWritten : name + "（" + asWritten + "）";
    }
}
