package org.zhijian.credit;

/** An enterprise whose class changed in a month ({@code fromClass} {@code null} for a first class). */
public record ClassMove(String uscc, String name, String countyCode, String fromClass, String toClass) {}
