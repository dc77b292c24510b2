package org.zhijian.region.internal;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.region.RegionManagement;

/** Loads the instance's region file on first start (Hunan by default; see {@code zhijian.masterdata.regions}). */
@Component
@Order(10)
class RegionSeeder implements ApplicationRunner {

    private final RegionManagement regions;
    private final JdbcClient jdbc;
    private final Resource file;

    RegionSeeder(RegionManagement regions, JdbcClient jdbc, @Value("${zhijian.masterdata.regions}") Resource file) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long count = jdbc.sql("select count(*) from region").query(Long.class).single();
        if (count == 0) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                regions.load(reader, file.getFilename());
            }
        }
    }
}
