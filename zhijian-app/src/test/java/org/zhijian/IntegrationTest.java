package org.zhijian;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port against the embedded PostgreSQL under {@code target/it-data}. All
 * integration tests share one Spring context (and so one database) per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ZhijianApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "zhijian.data-dir=target/it-data",
            "zhijian.owns-data-dir=true",
            "zhijian.sampling.warm-up-pool=20000",
            // lets tests sign in "from" other addresses with X-Forwarded-For (the lock-out tests)
            "zhijian.security.trusted-proxies=127.0.0.1,::1"
        })
public @interface IntegrationTest {}
