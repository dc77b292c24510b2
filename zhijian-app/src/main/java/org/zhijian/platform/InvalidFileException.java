package org.zhijian.platform;

import java.util.List;

/** A whole input file was rejected; nothing from it was stored. */
public class InvalidFileException extends RuntimeException {

    private final transient List<RowError> errors;

    public InvalidFileException(String message, List<RowError> errors) {
        super(message + (errors.isEmpty() ? "" : "：" + errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
