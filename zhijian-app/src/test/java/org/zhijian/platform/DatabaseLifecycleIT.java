package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.ZhijianApplication;
import org.zhijian.platform.database.LocalPostgres;

/** The embedded cluster keeps data across restarts, and an external server is used when configured. */
class DatabaseLifecycleIT {

    @Test
    void restartingKeepsAllData() throws Exception {
        Path dir = Path.of("target/restart-data");
        LocalPostgres.ConnectionInfo first = LocalPostgres.open(dir, true);
        try (Connection c = DriverManager.getConnection(first.url(), first.username(), first.password())) {
            c.createStatement().execute("create table if not exists kept (v text)");
            c.createStatement().execute("insert into kept values ('还在')");
        }
        LocalPostgres.close(dir);

        LocalPostgres.ConnectionInfo second = LocalPostgres.open(dir, true);
        try (Connection c = DriverManager.getConnection(second.url(), second.username(), second.password())) {
            var rs = c.createStatement().executeQuery("select count(*) from kept where v = '还在'");
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
        } finally {
            LocalPostgres.close(dir);
        }
    }

    @Test
    void usesAnExternalServerWhenTheUrlIsSet() throws Exception {
        Path serverDir = Path.of("target/external-server");
        Path dataDir = Path.of("target/external-app-data");
        LocalPostgres.ConnectionInfo server = LocalPostgres.open(serverDir, true);
        // as arguments: default properties would lose to application.properties' ${ZHIJIAN_DB_URL:} and ./data
        try (var context = new SpringApplicationBuilder(ZhijianApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--zhijian.db.url=" + server.url(),
                        "--zhijian.db.username=" + server.username(),
                        "--zhijian.db.password=" + server.password(),
                        "--zhijian.data-dir=" + dataDir)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                    .isEqualTo(137);
            assertThat(Files.exists(dataDir.resolve("pgdata"))).isFalse();
        } finally {
            LocalPostgres.close(serverDir);
        }
    }
}
