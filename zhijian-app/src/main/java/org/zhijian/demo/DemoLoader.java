package org.zhijian.demo;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** In demo mode, loads 20,000 generated enterprises through the ordinary import path, once. */
@Component
@Profile("demo")
@Order(100)
class DemoLoader implements ApplicationRunner {

    static final int DEMO_ENTERPRISES = 20_000;
    static final long DEMO_SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final RegionManagement regions;
    private final EnterpriseManagement enterprises;
    private final ImportManagement imports;

    DemoLoader(RegionManagement regions, EnterpriseManagement enterprises, ImportManagement imports) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (enterprises.count() >= DEMO_ENTERPRISES) {
            return;
        }
        log.info("正在载入演示数据：{} 家企业 …", DEMO_ENTERPRISES);
        Path file = Files.createTempFile("zhijian-demo-enterprises", ".csv");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new EnterpriseGenerator(
                                regions.find(RegionLevel.COUNTY, null), regions.find(RegionLevel.PREFECTURE, null))
                        .write(DEMO_ENTERPRISES, DEMO_SEED, writer);
            }
            ImportJob job = imports.importNow("enterprises", file, "演示数据.csv", new ImportOptions(false, true), j -> {});
            log.info("演示数据：{}", job.message());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
