package org.zhijian.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields an officer enters to create or change an enterprise (page form and API body). Field-level
 * rules are Bean Validation constraints; cross-field and reference rules (check characters, region,
 * industry, categories) are checked by the module and reported per field.
 *
 * @param uscc unified social credit code
 * @param registrationNumber legacy 15-digit number, optional
 * @param organizationCode legacy organisation code, optional
 * @param name name
 * @param formerNames earlier names
 * @param legalRepresentative legal representative
 * @param address registered address
 * @param countyCode county code
 * @param industryCode GB/T 4754 division
 * @param scale 大, 中, 小 or 微
 * @param status 存续, 注销 or 吊销
 * @param establishedOn date of establishment
 * @param categoryCodes product category codes
 * @param licences licences
 */
public record EnterpriseForm(
        @NotBlank(message = "{enterprise.uscc.required}") String uscc,
        String registrationNumber,
        String organizationCode,

        @NotBlank(message = "{enterprise.name.required}") @Size(max = 200, message = "{enterprise.name.size}")
        String name,

        List<@Size(max = 200) String> formerNames,

        @Size(max = 50, message = "{enterprise.legalRepresentative.size}")
        String legalRepresentative,

        @Size(max = 300, message = "{enterprise.address.size}")
        String address,

        @NotBlank(message = "{enterprise.county.required}") String countyCode,
        String industryCode,
        String scale,
        @NotBlank(message = "{enterprise.status.required}") String status,

        @PastOrPresent(message = "{enterprise.establishedOn.past}")
        LocalDate establishedOn,

        List<String> categoryCodes,
        @Valid List<Licence> licences) {

    public EnterpriseForm {
        formerNames = items(formerNames);
        categoryCodes = items(categoryCodes);
        licences = licences == null
                ? List.of()
                : licences.stream()
                        .filter(l -> l != null && l.kind() != null && !l.kind().isBlank())
                        .toList();
    }

    /** Trims entries, splits entries typed as {@code a；b} and drops blanks. */
    private static List<String> items(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(v -> java.util.Arrays.stream(v.split("[;；\\n]")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** An empty form with status 存续, for the create page. */
    public static EnterpriseForm empty() {
        return new EnterpriseForm(
                "", null, null, "", List.of(), null, null, "", null, null, "存续", null, List.of(), List.of());
    }

    public static EnterpriseForm of(Enterprise e) {
        return new EnterpriseForm(
                e.uscc(),
                e.registrationNumber(),
                e.organizationCode(),
                e.name(),
                e.formerNames(),
                e.legalRepresentative(),
                e.address(),
                e.countyCode(),
                e.industryCode(),
                e.scale() == null ? null : e.scale().label(),
                e.status().label(),
                e.establishedOn(),
                e.categoryCodes(),
                e.licences());
    }
}
