package org.zhijian.audit;

import java.io.IOException;
import java.io.OutputStream;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The audit module's API. */
public interface AuditTrail {

    /** Appends an event, in the caller's transaction when there is one. */
    void record(AuditEntry entry);

    PageResult<AuditEvent> search(AuditQuery query, PageRequest page);

    /** Writes every matching event as CSV (UTF-8 with BOM), newest first. */
    void export(AuditQuery query, OutputStream out) throws IOException;

    /** Writes every matching event as an XLSX workbook, newest first (at most Excel's row limit). */
    void exportXlsx(AuditQuery query, OutputStream out) throws IOException;
}
