package org.zhijian.sampling;

/**
 * The outcome of re-running a stored draw from its seed and pool snapshot.
 *
 * @param drawId the draw
 * @param match whether the snapshot hashes to the stored pool hash and the re-run selects the stored targets and
 *     inspectors
 * @param storedHash the pool hash stored with the draw
 * @param recomputedHash the hash of the stored snapshot now
 * @param firstDifference the first difference found, in Chinese, or {@code null} when they match
 */
public record DrawVerification(
        long drawId, boolean match, String storedHash, String recomputedHash, String firstDifference) {}
