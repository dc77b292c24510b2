package org.zhijian.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: an external PostgreSQL server when {@code ZHIJIAN_DB_URL} is set, otherwise the
 * embedded cluster under the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(
            @Value("${zhijian.data-dir}") Path dataDir,
            @Value("${zhijian.db.url:}") String url,
            @Value("${zhijian.db.username:}") String username,
            @Value("${zhijian.db.password:}") String password,
            @Value("${zhijian.owns-data-dir:false}") boolean ownsDataDir) {
        LocalPostgres.ConnectionInfo info = url.isBlank()
                ? LocalPostgres.open(dataDir, ownsDataDir)
                : new LocalPostgres.ConnectionInfo(url, username, password);
        log.info("数据库：{}", info.url());
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(info.url());
        ds.setUsername(info.username());
        ds.setPassword(info.password());
        ds.setPoolName("zhijian");
        ds.setMaximumPoolSize(10);
        // plan every statement with its actual parameters: a cached generic plan cannot see that 食品 matches one
        // name in twenty and 鼋鼍 none, and picked plans that took seconds under load
        ds.addDataSourceProperty("prepareThreshold", "0");
        return ds;
    }
}
