package org.zhijian.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;

/** {@code serve} on a data directory that held a demo removes the demo accounts, and says so on the console. */
@IntegrationTest
class AccountBootstrapIT {

    @Autowired
    AccountBootstrap bootstrap;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void serveOnADemoDataDirectoryRemovesTheDemoAccountsAndSaysSo() {
        TestAccounts.token(accounts, "bootstrap-demo", Role.ANALYST, null, null);
        TestAccounts.token(accounts, "bootstrap-kept", Role.ANALYST, null, null);
        jdbc.sql("update app_user set demo = true where username = 'bootstrap-demo'")
                .update();
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            bootstrap.run(null);
        } finally {
            System.setOut(console);
        }

        assertThat(accounts.find("bootstrap-demo")).isEmpty();
        assertThat(accounts.find("bootstrap-kept")).isPresent();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已删除 1 个演示账户");
    }
}
