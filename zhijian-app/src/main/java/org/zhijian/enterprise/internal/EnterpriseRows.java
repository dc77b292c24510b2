package org.zhijian.enterprise.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.Licence;
import org.zhijian.region.Region;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps the {@code enterprise} table to records and back. */
final class EnterpriseRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Licence>> LICENCES = new TypeReference<>() {};

    private EnterpriseRows() {}

    static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        return new Enterprise(
                rs.getString("uscc"),
                rs.getString("registration_number"),
                rs.getString("organization_code"),
                rs.getString("name"),
                strings(rs.getArray("former_names")),
                rs.getString("legal_representative"),
                rs.getString("address"),
                rs.getString("county_code"),
                rs.getString("prefecture_code"),
                rs.getString("industry_code"),
                EnterpriseScale.fromLabel(rs.getString("scale")).orElse(null),
                EnterpriseStatus.fromLabel(rs.getString("status")).orElseThrow(),
                rs.getObject("established_on", LocalDate.class),
                strings(rs.getArray("category_codes")),
                licences(rs.getString("licences")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static MapSqlParameterSource parameters(EnterpriseForm form, String uscc, Region county) {
        return new MapSqlParameterSource()
                .addValue("uscc", uscc)
                .addValue("registrationNumber", blankToNull(form.registrationNumber()))
                .addValue(
                        "organizationCode",
                        blankToNull(form.organizationCode()) == null
                                ? null
                                : form.organizationCode()
                                        .replace("-", "")
                                        .strip()
                                        .toUpperCase(java.util.Locale.ROOT))
                .addValue("name", form.name().strip())
                .addValue("formerNames", form.formerNames().toArray(String[]::new))
                .addValue("legalRepresentative", blankToNull(form.legalRepresentative()))
                .addValue("address", blankToNull(form.address()))
                .addValue("countyCode", county.code())
                .addValue("prefectureCode", county.parent())
                .addValue("industryCode", blankToNull(form.industryCode()))
                .addValue("scale", JdbcEnterprises.scaleLabel(form.scale()))
                .addValue("status", JdbcEnterprises.statusLabel(form.status()))
                .addValue("establishedOn", form.establishedOn())
                .addValue("categoryCodes", form.categoryCodes().toArray(String[]::new))
                .addValue("licences", licencesJson(form.licences()));
    }

    static String licencesJson(List<Licence> licences) {
        return JSON.writeValueAsString(licences);
    }

    static List<Licence> licences(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LICENCES);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
