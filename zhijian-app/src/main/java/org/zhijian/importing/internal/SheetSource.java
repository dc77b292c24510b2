package org.zhijian.importing.internal;

import java.io.IOException;

/** A readable tabular file. */
interface SheetSource {

    /** Streams every row to the sink. */
    void read(RowSink sink) throws IOException;

    /** Bytes consumed so far (for progress), 0 if unknown. */
    long bytesRead();

    /** A Chinese description such as {@code CSV（GB18030）}. */
    String description();
}
