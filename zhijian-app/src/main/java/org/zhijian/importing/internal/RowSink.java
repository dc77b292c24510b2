package org.zhijian.importing.internal;

import java.util.List;

/** Receives the rows of a file in order: the header first, then each data row. */
interface RowSink {

    void header(List<String> cells);

    /**
     * @param line 1-based row number as the user sees it
     * @param cells cell texts (may be shorter than the header)
     */
    void row(long line, List<String> cells);
}
