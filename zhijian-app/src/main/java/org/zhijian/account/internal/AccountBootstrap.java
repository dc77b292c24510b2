package org.zhijian.account.internal;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhijian.account.NewUser;
import org.zhijian.account.Role;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.platform.PageRequest;

/**
 * Accounts at start-up. A CLI command never touches accounts (only {@code users …} does, explicitly). Demo mode
 * creates the fixed demo accounts (after the demo data). {@code serve} on a data directory that held a demo
 * removes the demo accounts and says so on the console; a server started with no users creates an administrator
 * and prints its one-time password once.
 */
@Component
@Order(200)
class AccountBootstrap implements ApplicationRunner {

    private final JdbcAccounts accounts;
    private final Users users;
    private final EnterpriseManagement enterprises;
    private final Environment environment;
    private final boolean server;
    private final boolean cli;

    AccountBootstrap(
            JdbcAccounts accounts,
            Users users,
            EnterpriseManagement enterprises,
            Environment environment,
            @Value("${zhijian.owns-data-dir:false}") boolean server,
            @Value("${zhijian.cli:false}") boolean cli) {
        this.accounts = accounts;
        this.users = users;
        this.enterprises = enterprises;
        this.environment = environment;
        this.server = server;
        this.cli = cli;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cli || !server) {
            return;
        }
        if (environment.matchesProfiles("demo")) {
            createDemoAccounts();
            return;
        }
        int removed = users.deleteDemoAccounts();
        if (removed > 0) {
            System.out.println();
            System.out.println(
                    "此数据目录曾以演示模式（demo）启动：已删除 " + removed + " 个演示账户及其令牌（serve 模式下不保留演示账户；如需演示请运行 ./zhijian demo）");
        }
        if (users.count() == 0) {
            String password = Passwords.random();
            accounts.create(new NewUser("admin", "系统管理员", Role.PROVINCE_ADMIN, null, null), password, false, true);
            System.out.println();
            System.out.println("已创建管理员账户：admin  一次性密码：" + password + "  （仅显示这一次，首次登录后请修改）");
        }
    }

    private void createDemoAccounts() {
        String enterprise =
                enterprises
                        .search(new EnterpriseQuery(null, "430102", null, null, "存续"), new PageRequest(1, 1))
                        .items()
                        .stream()
                        .findFirst()
                        .map(e -> e.uscc())
                        .orElse(null);
        List<Object[]> demo = List.of(
                new Object[] {"admin", "Admin#2026", "省级管理员（演示）", Role.PROVINCE_ADMIN, null, null},
                new Object[] {"analyst", "Analyst#2026", "省级分析员（演示）", Role.ANALYST, null, null},
                new Object[] {"changsha", "Changsha#2026", "长沙市监管员（演示）", Role.PREFECTURE_OFFICER, "430100", null},
                new Object[] {"furong", "Furong#2026", "芙蓉区监管员（演示）", Role.COUNTY_OFFICER, "430102", null},
                new Object[] {"yuelu", "Yuelu#2026", "岳麓区监管员（演示）", Role.COUNTY_OFFICER, "430104", null},
                new Object[] {"inspector1", "Inspector#2026", "检查员（演示）", Role.INSPECTOR, null, null},
                new Object[] {"enterprise1", "Enterprise#2026", "企业用户（演示）", Role.ENTERPRISE, null, enterprise});
        for (Object[] d : demo) {
            if (users.find((String) d[0]).isEmpty() && (d[3] != Role.ENTERPRISE || enterprise != null)) {
                accounts.create(
                        new NewUser((String) d[0], (String) d[2], (Role) d[3], (String) d[4], (String) d[5]),
                        (String) d[1],
                        true,
                        false);
            }
        }
    }
}
