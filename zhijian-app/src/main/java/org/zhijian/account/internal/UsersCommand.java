package org.zhijian.account.internal;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.account.NewUser;
import org.zhijian.account.Role;
import org.zhijian.account.UserAccount;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "users",
        description = "账户管理：add、list、disable、enable、reset-password",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.ResetPassword.class
        })
class UsersCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "add", description = "新建账户；不给 --password 时生成一次性密码并打印")
    static class Add implements Callable<Integer> {
        private final JdbcAccounts accounts;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @CommandLine.Option(
                names = "--role",
                required = true,
                description = "PROVINCE_ADMIN、ANALYST、PREFECTURE_OFFICER、COUNTY_OFFICER、INSPECTOR、ENTERPRISE")
        String role;

        @CommandLine.Option(names = "--region", description = "市州或县市区代码（市州/县区监管员必填）")
        String region;

        @CommandLine.Option(names = "--enterprise", description = "企业统一社会信用代码（企业用户必填）")
        String enterprise;

        @CommandLine.Option(names = "--name", description = "显示名称")
        String name;

        @CommandLine.Option(names = "--password", description = "初始密码（至少 10 位）", interactive = false)
        String password;

        Add(JdbcAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            Role parsed = Role.parse(role).orElse(null);
            if (parsed == null) {
                spec.commandLine().getErr().println("未知的角色：" + role);
                return ExitCodes.FAILURE;
            }
            boolean generated = password == null;
            String initial = generated ? Passwords.random() : password;
            UserAccount user = accounts.create(
                    new NewUser(username, name == null ? username : name, parsed, region, enterprise),
                    initial,
                    false,
                    generated);
            spec.commandLine()
                    .getOut()
                    .println("已创建 " + user.username() + "（" + parsed.label() + "）"
                            + (generated ? "  一次性密码：" + initial : ""));
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "list", description = "列出账户")
    static class ListUsers implements Callable<Integer> {
        private final JdbcAccounts accounts;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        ListUsers(JdbcAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            for (UserAccount u : accounts.list()) {
                spec.commandLine()
                        .getOut()
                        .println(String.join(
                                "\t",
                                u.username(),
                                u.role().name(),
                                u.role().label(),
                                u.regionCode() == null ? "" : u.regionCode(),
                                u.enterpriseUscc() == null ? "" : u.enterpriseUscc(),
                                u.enabled() ? "启用" : "停用"));
            }
            return ExitCodes.OK;
        }
    }

    /** A subcommand that acts on one named account. */
    abstract static class OneUser implements Callable<Integer> {
        final JdbcAccounts accounts;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        OneUser(JdbcAccounts accounts) {
            this.accounts = accounts;
        }
    }

    @Component
    @CommandLine.Command(name = "disable", description = "停用账户")
    static class Disable extends OneUser {
        Disable(JdbcAccounts accounts) {
            super(accounts);
        }

        @Override
        public Integer call() {
            accounts.setEnabled(username, false);
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "enable", description = "启用账户")
    static class Enable extends OneUser {
        Enable(JdbcAccounts accounts) {
            super(accounts);
        }

        @Override
        public Integer call() {
            accounts.setEnabled(username, true);
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "reset-password", description = "重置为一次性密码并打印（下次登录须修改）")
    static class ResetPassword extends OneUser {
        ResetPassword(JdbcAccounts accounts) {
            super(accounts);
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(username + "  一次性密码：" + accounts.resetPassword(username));
            return ExitCodes.OK;
        }
    }
}
