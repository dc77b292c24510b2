package org.zhijian.platform;

/**
 * Records of a module were added, reclassified or moved on, so that counts derived from them are out of date.
 *
 * @param origin the module's noun, e.g. {@code complaint}
 */
public record RecordsChanged(String origin) {}
