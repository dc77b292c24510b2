package org.zhijian.importing.internal;

import org.zhijian.platform.ErrorCode;

final class ImportErrors {

    static final ErrorCode UNKNOWN_KIND = new ErrorCode("IMPORT_001", 404);

    private ImportErrors() {}
}
