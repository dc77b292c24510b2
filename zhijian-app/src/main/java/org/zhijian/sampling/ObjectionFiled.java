package org.zhijian.sampling;

import java.time.LocalDate;

/** An enterprise requested a re-test of a non-conforming result. */
public record ObjectionFiled(long recordId, String sampleNo, String enterpriseUscc, LocalDate filedOn) {}
