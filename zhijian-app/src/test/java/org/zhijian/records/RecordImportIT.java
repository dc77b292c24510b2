package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
class RecordImportIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aFileImportedAgainIsUnchangedThoughTheClassifierFiledItsRecordsMeanwhile() throws Exception {
        String tag = "RI" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Path file = dir.resolve("complaints.csv");
        Files.writeString(
                file,
                "complaint_no,channel,received_at,respondent_name,county_code,product,description\n"
                        + tag + "-1,网络,2026-05-08 09:30,某电器店,430102,电热水壶,底座漏电\n"
                        + tag + "-2,网络,2026-05-08 10:30,某电器店,430102,电热水壶,烫伤手背\n",
                StandardCharsets.UTF_8);
        ImportJob first = run(file, ImportOptions.strict());
        assertThat(jdbc.sql("select count(*) from complaint where complaint_no like :t and category_source = 'AUTO'")
                        .param("t", tag + "%")
                        .query(Long.class)
                        .single())
                .as("classified by keywords after the import")
                .isEqualTo(2);

        ImportJob again = run(file, ImportOptions.strict());

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(again.status()).isEqualTo("SUCCEEDED");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.rejected()).isZero();
    }

    private ImportJob run(Path file, ImportOptions options) {
        return CurrentActor.runAs(PROVINCE, () -> imports.importNow("complaints", file, "c.csv", options, j -> {}));
    }
}
