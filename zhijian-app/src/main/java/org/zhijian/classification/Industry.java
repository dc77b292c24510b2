package org.zhijian.classification;

/**
 * A GB/T 4754-2017 industry: a section (门类, {@code A}–{@code T}) or a division (大类, {@code 01}–{@code 97}).
 *
 * @param code section letter or two-digit division
 * @param name Chinese name
 * @param section true for a section
 * @param parent section letter of a division, {@code null} for a section
 */
public record Industry(String code, String name, boolean section, String parent) {}
