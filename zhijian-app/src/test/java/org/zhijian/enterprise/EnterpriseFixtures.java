package org.zhijian.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;

/** Test fixtures for enterprises: each call gives a fresh, valid, unique credit code. */
public final class EnterpriseFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private EnterpriseFixtures() {}

    /** A fresh valid code registered in the given county, e.g. {@code 430102}. */
    public static String aCreditCode(String county) {
        long n = SEQUENCE.incrementAndGet() % 887_503_681L;
        StringBuilder six = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            six.insert(0, UnifiedSocialCreditCode.ALPHABET.charAt((int) (n % 31)));
            n /= 31;
        }
        return UnifiedSocialCreditCode.compose('9', '1', county, "MT" + six);
    }

    public static EnterpriseForm anEnterprise() {
        return anEnterpriseIn("430102");
    }

    public static EnterpriseForm anEnterpriseIn(String county) {
        return new EnterpriseForm(
                aCreditCode(county),
                null,
                null,
                "长沙测试食品有限公司",
                List.of(),
                "张三",
                "湖南省长沙市芙蓉区五一大道1号",
                county,
                "14",
                "小",
                "存续",
                LocalDate.of(2018, 5, 20),
                List.of("FOOD"),
                List.of(new Licence("食品生产许可证", "SC10643010200001", LocalDate.of(2028, 12, 31))));
    }

    /** An operating enterprise of this name in the county, with a fresh credit code. */
    public static EnterpriseForm anEnterpriseNamed(String name, String county) {
        return anEnterpriseNamed(name, county, "存续", null);
    }

    /**
     * An enterprise of this name in the county with this status and these product categories (its usual ones when
     * {@code null}), with a fresh credit code.
     */
    public static EnterpriseForm anEnterpriseNamed(String name, String county, String status, List<String> categories) {
        EnterpriseForm f = anEnterpriseIn(county);
        return new EnterpriseForm(
                f.uscc(),
                null,
                null,
                name,
                List.of(),
                f.legalRepresentative(),
                f.address(),
                county,
                f.industryCode(),
                f.scale(),
                status,
                f.establishedOn(),
                categories == null ? f.categoryCodes() : categories,
                List.of());
    }
}
