package org.zhijian.credit;

import java.math.BigDecimal;

/** An enterprise in a class list. */
public record ClassifiedEnterprise(
        String uscc, String name, String countyCode, String industryCode, String creditClass, BigDecimal score) {}
