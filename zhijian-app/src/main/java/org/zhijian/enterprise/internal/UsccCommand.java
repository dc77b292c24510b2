package org.zhijian.enterprise.internal;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.CodeCheck;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "uscc",
        description = "统一社会信用代码工具",
        subcommands = {UsccCommand.Check.class, UsccCommand.Allow.class})
class UsccCommand extends CommandGroup {

    @Component
    @CommandLine.Command(
            name = "check",
            description =
                    "按 GB 32100 校验代码（含例外名单），每个代码输出一行：CODE<TAB>valid 或 CODE<TAB>invalid<TAB>原因。" + "全部有效时退出码 0，否则 2。")
    static class Check implements Callable<Integer> {

        private final EnterpriseManagement enterprises;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(arity = "1..*", paramLabel = "CODE")
        List<String> codes;

        Check(EnterpriseManagement enterprises) {
            this.enterprises = enterprises;
        }

        @Override
        public Integer call() {
            boolean allValid = true;
            for (String code : codes) {
                CodeCheck check = enterprises.checkCode(code);
                allValid &= check.valid();
                spec.commandLine()
                        .getOut()
                        .println(check.valid() ? code + "\tvalid" : code + "\tinvalid\t" + check.reason());
            }
            return allValid ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }

    @Component
    @CommandLine.Command(name = "allow", description = "把经核实真实存在、但校验位不符的代码（如试点期代码）加入例外名单")
    static class Allow implements Callable<Integer> {

        private final UsccOverrides overrides;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "CODE")
        String code;

        @CommandLine.Option(names = "--reason", required = true, description = "核实依据，如登记机关、证照编号")
        String reason;

        @CommandLine.Option(names = "--by", defaultValue = "cli", description = "核实人")
        String by;

        Allow(UsccOverrides overrides) {
            this.overrides = overrides;
        }

        @Override
        public Integer call() {
            String normalized = org.zhijian.algo.identifier.UnifiedSocialCreditCode.check(code)
                    .normalized();
            if (!normalized.matches("[0-9A-Z]{18}")) {
                spec.commandLine().getErr().println("代码应为 18 位字母或数字：" + code);
                return ExitCodes.FAILURE;
            }
            boolean added = overrides.add(normalized, reason, by);
            spec.commandLine().getOut().println(normalized + (added ? "\t已加入例外名单" : "\t已在例外名单中"));
            return ExitCodes.OK;
        }
    }
}
