package org.zhijian.credit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.credit.ClassCounts;
import org.zhijian.credit.ClassQuery;
import org.zhijian.credit.ClassRun;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.EnterpriseClass;
import org.zhijian.credit.SchemeSummary;
import org.zhijian.credit.SheetLine;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "credit",
        description = "信用监管：信用档案、信用风险分类（A–D）和分类方案",
        subcommands = {
            CreditCommand.Rebuild.class,
            CreditCommand.Classify.class,
            CreditCommand.Show.class,
            CreditCommand.ImportClasses.class,
            CreditCommand.Export.class,
            CreditCommand.Scheme.class
        })
class CreditCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "rebuild", description = "从抽查、处罚、投诉、召回、预警等模块重新读入全部信用档案")
    static class Rebuild implements Callable<Integer> {

        private final CreditManagement credit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Rebuild(CreditManagement credit) {
            this.credit = credit;
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().printf("信用档案已重建：%d 条信用信息%n", credit.rebuild());
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "classify", description = "对所有存续企业做一个月的信用风险分类；可重复运行（结果相同），中断后再运行即续跑")
    static class Classify implements Callable<Integer> {

        private final CreditManagement credit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "如 2026-11")
        String month;

        @CommandLine.Option(names = "--scheme", paramLabel = "VERSION", description = "方案版本，默认在用方案")
        String scheme;

        Classify(CreditManagement credit) {
            this.credit = credit;
        }

        @Override
        public Integer call() {
            YearMonth m = ClassReads.month(month);
            ClassRun run = credit.classify(m, scheme);
            ClassCounts counts = credit.counts(new ClassQuery(m.toString(), null, null, run.schemeVersion()));
            var out = spec.commandLine().getOut();
            out.printf(
                    "%s（方案 %s）：分类 %d 家企业，类别变化 %d 家%n",
                    run.month(), run.schemeVersion(), run.classified(), run.changes());
            counts.counts().forEach((c, n) -> out.printf("  %s 类 %d 家%n", c, n));
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "show", description = "一家企业的信用风险类别和评分表")
    static class Show implements Callable<Integer> {

        private final CreditManagement credit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "USCC")
        String uscc;

        @CommandLine.Option(names = "--month", paramLabel = "YYYY-MM", description = "默认最近分类的月份")
        String month;

        Show(CreditManagement credit) {
            this.credit = credit;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            YearMonth m = month == null ? null : ClassReads.month(month);
            EnterpriseClass c = credit.classOf(uscc, m, null)
                    .orElseThrow(() -> new BusinessRuleViolation(CreditErrors.NOT_FOUND, uscc));
            out.printf(
                    "%s（%s）%s：%s 类，风险分 %s（方案 %s）%n",
                    c.name(), c.uscc(), c.month(), c.creditClass(), c.score().toPlainString(), c.schemeVersion());
            for (SheetLine l : c.lines()) {
                if (l.count() > 0 || l.points().signum() != 0) {
                    out.printf(
                            "  %-8s %s：%d 条，%s 分%n",
                            l.indicator(), l.name(), l.count(), l.points().toPlainString());
                }
            }
            c.rulesFired().forEach(r -> out.println("  直接定级：" + r));
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(
            name = "import-classes",
            description = "导入国家企业信用信息公示系统（或省级平台）的信用风险分类：CSV/XLSX，列 月份、统一社会信用代码、类别；" + "有误时列出每行问题，不做任何改动；可重复导入")
    static class ImportClasses implements Callable<Integer> {

        private final CreditManagement credit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE")
        Path file;

        @CommandLine.Option(names = "--source", description = "来源，默认 国家企业信用信息公示系统")
        String source;

        ImportClasses(CreditManagement credit) {
            this.credit = credit;
        }

        @Override
        public Integer call() throws Exception {
            var done = credit.importNational(file.getFileName().toString(), Files.readAllBytes(file), source);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "已导入 %d 行（新增 %d，更新 %d，未变 %d），月份 %s%n",
                            done.rows(), done.inserted(), done.updated(), done.unchanged(), done.months());
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "export", description = "导出某月的信用风险分类（供省级信用平台）：CSV、XLSX 或 JSON，按统一社会信用代码")
    static class Export implements Callable<Integer> {

        private final CreditManagement credit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--month", paramLabel = "YYYY-MM", description = "默认最近分类的月份")
        String month;

        @CommandLine.Option(names = "--region", description = "市州或县市区代码，默认全省")
        String region;

        @CommandLine.Option(names = "--out", required = true, description = "文件：.csv、.xlsx 或 .json")
        Path out;

        Export(CreditManagement credit) {
            this.credit = credit;
        }

        @Override
        public Integer call() throws Exception {
            String name = out.getFileName().toString();
            String format = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!java.util.List.of("csv", "xlsx", "json").contains(format)) {
                throw new BusinessRuleViolation(CreditErrors.BAD_FILE, "导出文件须为 .csv、.xlsx 或 .json：" + name);
            }
            try (var stream = Files.newOutputStream(out)) {
                long n = credit.exportClasses(new ClassQuery(month, region, null, null), format, stream);
                spec.commandLine().getOut().printf("已导出 %d 家企业的信用风险分类到 %s%n", n, out);
            }
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(
            name = "scheme",
            description = "分类方案：list 列出，load FILE 载入（JSON 或 CSV/XLSX），use VERSION 启用",
            subcommands = {Scheme.ListSchemes.class, Scheme.Load.class, Scheme.Use.class})
    static class Scheme extends CommandGroup {

        @Component
        @CommandLine.Command(name = "list", description = "列出已载入的方案")
        static class ListSchemes implements Callable<Integer> {

            private final CreditManagement credit;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            ListSchemes(CreditManagement credit) {
                this.credit = credit;
            }

            @Override
            public Integer call() {
                for (SchemeSummary s : credit.schemes()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%s%s  %s（%d 项指标，%s 载入）%n",
                                    s.inUse() ? "* " : "  ", s.version(), s.name(), s.indicators(), s.loadedBy());
                }
                return ExitCodes.OK;
            }
        }

        @Component
        @CommandLine.Command(name = "load", description = "载入方案文件；有误时列出每个问题，不做任何改动")
        static class Load implements Callable<Integer> {

            private final CreditManagement credit;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Parameters(paramLabel = "FILE")
            Path file;

            @CommandLine.Option(names = "--use", description = "载入后启用")
            boolean use;

            Load(CreditManagement credit) {
                this.credit = credit;
            }

            @Override
            public Integer call() throws Exception {
                SchemeSummary s = credit.loadScheme(file.getFileName().toString(), Files.readAllBytes(file), use);
                spec.commandLine().getOut().printf("已载入方案 %s：%s%s%n", s.version(), s.name(), s.inUse() ? "（在用）" : "");
                return ExitCodes.OK;
            }
        }

        @Component
        @CommandLine.Command(name = "use", description = "启用一个已载入的方案版本")
        static class Use implements Callable<Integer> {

            private final CreditManagement credit;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Parameters(paramLabel = "VERSION")
            String version;

            Use(CreditManagement credit) {
                this.credit = credit;
            }

            @Override
            public Integer call() {
                spec.commandLine()
                        .getOut()
                        .println("在用方案：" + credit.useScheme(version).version());
                return ExitCodes.OK;
            }
        }
    }
}
