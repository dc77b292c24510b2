package org.zhijian.credit;

import java.time.YearMonth;
import java.util.List;

/** What an import of the national platform's classes did; {@code months} are the months the file covers. */
public record NationalImport(int rows, int inserted, int updated, int unchanged, List<YearMonth> months) {}
