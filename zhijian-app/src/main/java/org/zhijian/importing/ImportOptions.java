package org.zhijian.importing;

/**
 * How an import treats problems.
 *
 * @param validOnly import the good rows and report the rest, instead of importing nothing
 * @param updateExisting update records that already exist with different values, instead of rejecting them
 */
public record ImportOptions(boolean validOnly, boolean updateExisting) {

    public static ImportOptions strict() {
        return new ImportOptions(false, false);
    }
}
