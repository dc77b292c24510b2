package org.zhijian.enterprise;

import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The enterprise module's API. */
public interface EnterpriseManagement {

    PageResult<EnterpriseSummary> search(EnterpriseQuery query, PageRequest page);

    Optional<Enterprise> find(String uscc);

    /**
     * Creates an enterprise.
     *
     * @throws InvalidEnterpriseException when a field breaks a rule
     * @throws org.zhijian.platform.BusinessRuleViolation {@code ENTERPRISE_001} when the code is registered already
     */
    Enterprise create(EnterpriseForm form);

    /**
     * Changes an enterprise; the credit code itself cannot change.
     *
     * @throws InvalidEnterpriseException when a field breaks a rule
     * @throws org.zhijian.platform.BusinessRuleViolation {@code ENTERPRISE_002} when it does not exist
     */
    Enterprise update(String uscc, EnterpriseForm form);

    /** Checks a credit code against GB 32100 and the override list. */
    CodeCheck checkCode(String code);

    long count();

    /** The exact number of enterprises matching a query within the reader's scope. */
    long count(EnterpriseQuery query);

    /**
     * Writes the matching enterprises within the reader's scope as XLSX (import-template columns); audited.
     *
     * @return the number of rows written
     */
    long export(EnterpriseQuery query, java.io.OutputStream out) throws java.io.IOException;

    /**
     * Enterprises in the reader's scope per region: per prefecture when {@code parent} is null, else per county of
     * that prefecture.
     *
     * @return counts by region code (regions without enterprises are absent)
     */
    java.util.Map<String, Long> countByRegion(String parent);

    /**
     * Streams the operating (存续) enterprises within the reader's scope that make a product of one of the given
     * categories (or their sub-categories) and are located in one of the given regions (prefecture or county
     * codes), in no particular order: the object pool of a random inspection draw. A pool is usually a large part of
     * the registry, so it is read in one sequential pass rather than through the category index.
     */
    void forEachInPool(
            java.util.Collection<String> categoryCodes,
            java.util.Collection<String> regionCodes,
            java.util.function.Consumer<PoolMember> action);

    /**
     * As {@link #forEachInPool(java.util.Collection, java.util.Collection, java.util.function.Consumer)}, less the
     * enterprises whose credit codes {@code excluded} gives, handing each member to {@code sink} as bytes (tested on
     * the text as it is read; no object is made per member). {@code excluded} is asked once, when the database has
     * done its scan, so the caller may compute it meanwhile.
     */
    void readPool(
            java.util.Collection<String> categoryCodes,
            java.util.Collection<String> regionCodes,
            java.util.function.Supplier<? extends java.util.Collection<String>> excluded,
            PoolSink sink);

    /** Names of the given enterprises that are within the reader's scope, by credit code. */
    java.util.Map<String, String> names(java.util.Collection<String> usccs);

    /**
     * Registered enterprises, within the reader's scope, that a name as records write it may mean, best first
     * (at most {@code limit}); a score of 0.9 or more is taken as the same enterprise, lower ones are for an officer
     * to confirm. Tolerates width, bracket and legal-form variants, a left-out region or form, a region in brackets
     * and homophone writings; tells branches and other regions apart.
     */
    java.util.List<NameCandidate> candidates(String writtenName, int limit);

    /**
     * Finds a record's enterprise: by credit code when one is given and registered ({@code LINKED}); else by name
     * when exactly one registrant scores ≥ 0.9 ({@code MATCHED}); else {@code UNRESOLVED}.
     */
    Resolution resolve(String uscc, String writtenName);

    /**
     * Registered enterprises, within the reader's scope, that an English firm name in a foreign recall notice may
     * be ({@code Hunan Liuyang Xinhua Fireworks Co., Ltd.}): region and trade name compared in pinyin, the industry
     * through an editable English–Chinese word list. Empty when the name has no trade name or no known industry.
     */
    java.util.List<NameCandidate> foreignNameCandidates(String englishName, int limit);

    /**
     * The next {@code limit} operating (存续) enterprises within the reader's scope whose credit codes come after
     * {@code after} (from the first when blank), in code order: a run over the whole registry in bounded slices
     * that can resume where it stopped.
     */
    java.util.List<RegistryEntry> operating(String after, int limit);
}
