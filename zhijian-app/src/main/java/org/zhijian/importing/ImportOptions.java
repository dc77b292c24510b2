package org.zhijian.importing;

/**
 * How an import treats problems, and the file's format.
 *
 * @param validOnly import the good rows and report the rest, instead of importing nothing
 * @param updateExisting update records that already exist with different values, instead of rejecting them
 * @param format the key of an {@link ImportFormat} of the kind, or {@code null} for a template file (CSV or XLSX)
 */
public record ImportOptions(boolean validOnly, boolean updateExisting, String format) {

    public ImportOptions(boolean validOnly, boolean updateExisting) {
        this(validOnly, updateExisting, null);
    }

    public ImportOptions {
        format = format == null || format.isBlank() || format.equals("template") ? null : format.strip();
    }

    public static ImportOptions strict() {
        return new ImportOptions(false, false);
    }
}
