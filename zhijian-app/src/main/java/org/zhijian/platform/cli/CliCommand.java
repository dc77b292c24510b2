package org.zhijian.platform.cli;

/**
 * Marks a picocli {@code @Command} bean as a top-level subcommand of {@code ./zhijian}. Modules contribute
 * their commands by declaring such beans.
 */
public interface CliCommand {}
