package org.zhijian.importing.internal;

import org.zhijian.platform.ErrorCode;

final class ImportErrors {

    static final ErrorCode UNKNOWN_KIND = new ErrorCode("IMPORT_001", 404);
    static final ErrorCode UNKNOWN_FORMAT = new ErrorCode("IMPORT_002", 400);

    private ImportErrors() {}
}
