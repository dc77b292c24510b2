package org.zhijian.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A market entity in the registry.
 *
 * @param uscc unified social credit code (18 characters)
 * @param registrationNumber legacy 15-digit registration number, may be {@code null}
 * @param organizationCode legacy 9-character organisation code, may be {@code null}
 * @param name current name
 * @param formerNames earlier names
 * @param legalRepresentative legal representative
 * @param address registered address
 * @param countyCode county-level region code
 * @param prefectureCode prefecture-level region code
 * @param industryCode GB/T 4754 division, may be {@code null}
 * @param scale size class, may be {@code null}
 * @param status registration status
 * @param establishedOn date of establishment, may be {@code null}
 * @param categoryCodes product categories it makes or sells
 * @param licences licences it holds
 * @param createdAt when the record was created
 * @param updatedAt when it last changed
 */
public record Enterprise(
        String uscc,
        String registrationNumber,
        String organizationCode,
        String name,
        List<String> formerNames,
        String legalRepresentative,
        String address,
        String countyCode,
        String prefectureCode,
        String industryCode,
        EnterpriseScale scale,
        EnterpriseStatus status,
        LocalDate establishedOn,
        List<String> categoryCodes,
        List<Licence> licences,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Enterprise {
        formerNames = List.copyOf(formerNames);
        categoryCodes = List.copyOf(categoryCodes);
        licences = List.copyOf(licences);
    }
}
