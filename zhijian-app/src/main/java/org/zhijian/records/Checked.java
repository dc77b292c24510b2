package org.zhijian.records;

import java.util.List;
import org.zhijian.platform.RowError;

/** The outcome of checking one record's fields: its typed stored values, or every problem found. */
public sealed interface Checked {

    /** The fields were valid; {@code row} holds the values to store. */
    record Valid(StoredRow row) implements Checked {}

    /** The fields were not valid; {@code errors} lists each problem with its row and column (never empty). */
    record Invalid(List<RowError> errors) implements Checked {

        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid record has at least one problem");
            }
        }
    }
}
