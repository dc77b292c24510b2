package org.zhijian.importing;

import java.util.List;

/**
 * A column of an import file.
 *
 * @param key the column's key in the staging table and in code
 * @param header the Chinese header of the template
 * @param aliases other headers accepted for this column (English keys, older wordings)
 * @param required whether every row needs a value
 * @param example the value shown in the template's example row
 * @param hint a short Chinese explanation shown as the header's comment
 * @param options the allowed values for a drop-down list, empty for free text
 */
public record ImportColumn(
        String key,
        String header,
        List<String> aliases,
        boolean required,
        String example,
        String hint,
        List<String> options) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
    }

    /** The header as written in the template: required columns carry a trailing {@code *}. */
    public String templateHeader() {
        return required ? header + "*" : header;
    }
}
