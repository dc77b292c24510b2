package org.zhijian.credit;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/**
 * The credit module's API. Reads stay within the officer's area; classes are for officers only (K2).
 *
 * <p>Failures: {@code CREDIT_001} an enterprise outside the area or not classified, {@code CREDIT_002} a malformed
 * or future month, {@code CREDIT_003} an invalid scheme (every problem listed), {@code CREDIT_004} an unknown scheme
 * version.
 */
public interface CreditManagement {

    /** An enterprise's credit file, newest first. */
    PageResult<CreditFactView> facts(String uscc, PageRequest page);

    /** Re-reads the sources whose records changed; returns how many were re-read. */
    int refresh();

    /** Re-reads every source; returns the facts stored. */
    int rebuild();

    /**
     * Classifies every operating enterprise for a month under a scheme version ({@code null}: the one in use):
     * idempotent (a re-run gives the same classes and replaces the old ones atomically per enterprise) and
     * resumable (a run cut short continues after the last enterprise done). Moves to C or D are notified to the
     * enterprises' counties.
     */
    ClassRun classify(YearMonth month, String schemeVersion);

    List<ClassRun> runs();

    /** The enterprise's class of a month ({@code null}: the latest classified) under a version ({@code null}: in use). */
    Optional<EnterpriseClass> classOf(String uscc, YearMonth month, String schemeVersion);

    /** The enterprise's class changes under the scheme in use, newest first. */
    List<ClassChange> history(String uscc);

    /** Enterprises per class of a month within the reader's area, filtered by region and industry. */
    ClassCounts counts(ClassQuery query);

    /** Per class, by the regions one level below {@code query.region()} (the prefectures for the province). */
    List<RegionClasses> byRegion(ClassQuery query);

    /** Per class, by industry division. */
    List<RegionClasses> byIndustry(ClassQuery query);

    /** A page of the enterprises of one class (or all) matching the query, riskiest first. */
    PageResult<ClassifiedEnterprise> enterprises(ClassQuery query, String creditClass, PageRequest page);

    /** A page of the month's class changes within the reader's area (moves to D first), of one region if given. */
    PageResult<ClassMove> changes(ClassQuery query, PageRequest page);

    /**
     * The classes of the enterprises of some regions (prefecture or county codes; all when empty) for weighting a
     * double-random draw: any officer may ask, as draws are theirs to make.
     */
    DrawClasses classesForDraw(java.util.Collection<String> regionCodes);

    /**
     * Imports the national platform's classes (a CSV/XLSX table of 月份, 统一社会信用代码, 类别), idempotently; with
     * {@code zhijian.credit.national-classes=override} the months already classified under the scheme in use are
     * run again so the imported classes take effect. Province officers only; audited.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code CREDIT_005} listing every row error, nothing stored
     */
    NationalImport importNational(String fileName, byte[] content, String source);

    /**
     * Writes the classes of a month within the reader's area for the provincial credit platform, USCC-keyed, as
     * {@code csv}, {@code xlsx} or {@code json}; audited. Returns how many were written.
     */
    long exportClasses(ClassQuery query, String format, java.io.OutputStream out) throws java.io.IOException;

    /** The schemes loaded, newest first. */
    List<SchemeSummary> schemes();

    /** A scheme as loaded. */
    Optional<org.zhijian.algo.credit.CreditScheme> scheme(String version);

    /**
     * Loads a scheme from JSON (or CSV/XLSX sheets of indicators, bands and rules); {@code use} makes it the one in
     * use. Province officers only; audited.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code CREDIT_003} when invalid, nothing stored
     */
    SchemeSummary loadScheme(String fileName, byte[] content, boolean use);

    /** Makes a loaded version the one in use. */
    SchemeSummary useScheme(String version);
}
