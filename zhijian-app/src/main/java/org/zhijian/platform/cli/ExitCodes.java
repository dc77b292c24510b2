package org.zhijian.platform.cli;

/** Exit codes shared by all commands. */
public final class ExitCodes {

    /** Everything succeeded. */
    public static final int OK = 0;

    /** The command failed (bad usage, I/O or database error). */
    public static final int FAILURE = 1;

    /** The command ran but found problems in the input (invalid codes, rejected rows, mismatches). */
    public static final int REJECTED = 2;

    private ExitCodes() {}
}
