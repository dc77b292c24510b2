package org.zhijian.demo;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "generate",
        description = "生成演示/压测数据",
        subcommands = {GenerateCommand.Enterprises.class, GenerateCommand.Sampling.class})
class GenerateCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "enterprises", description = "按固定种子生成企业名录 CSV（导入模板格式，UTF-8）")
    static class Enterprises implements Callable<Integer> {

        private final RegionManagement regions;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--count", required = true, description = "条数")
        long count;

        @CommandLine.Option(names = "--seed", defaultValue = "2026", description = "随机种子（默认 ${DEFAULT-VALUE}）")
        long seed;

        @CommandLine.Option(names = "--out", required = true, description = "输出文件")
        Path out;

        Enterprises(RegionManagement regions) {
            this.regions = regions;
        }

        @Override
        public Integer call() throws Exception {
            EnterpriseGenerator generator = new EnterpriseGenerator(
                    regions.find(RegionLevel.COUNTY, null), regions.find(RegionLevel.PREFECTURE, null));
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                generator.write(count, seed, writer);
            }
            spec.commandLine().getOut().println("已生成 " + count + " 家企业：" + out.toAbsolutePath());
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(
            name = "sampling",
            description =
                    "生成监督抽查数据：检验项目模板、演示检查员和当年省级计划（已有则复用），以及抽样单和检验结果 CSV；" + "之后用 import samples 和 import results 导入")
    static class Sampling implements Callable<Integer> {

        private final SamplingGenerator generator;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--samples", defaultValue = "20000", description = "抽样单份数（默认 ${DEFAULT-VALUE}）")
        int samples;

        @CommandLine.Option(names = "--year", description = "年度（默认今年）")
        Integer year;

        @CommandLine.Option(names = "--seed", defaultValue = "2026", description = "随机种子（默认 ${DEFAULT-VALUE}）")
        long seed;

        @CommandLine.Option(names = "--out", required = true, description = "输出目录")
        Path out;

        Sampling(
                org.zhijian.sampling.SamplingManagement sampling,
                org.zhijian.enterprise.EnterpriseManagement enterprises,
                org.zhijian.classification.ClassificationManagement classification,
                RegionManagement regions,
                org.zhijian.account.AccountManagement accounts) {
            this.generator = new SamplingGenerator(sampling, enterprises, classification, regions, accounts);
        }

        @Override
        public Integer call() throws Exception {
            Files.createDirectories(out);
            int y = year == null ? java.time.LocalDate.now().getYear() : year;
            var plan = generator.generate(samples, y, seed, out.resolve("samples.csv"), out.resolve("results.csv"));
            var o = spec.commandLine().getOut();
            o.println("计划 #" + plan.id() + "（" + plan.title() + "）：已生成 " + samples + " 份抽样单及其检验结果");
            o.println("导入：./zhijian import samples " + out.resolve("samples.csv") + " && ./zhijian import results "
                    + out.resolve("results.csv"));
            return ExitCodes.OK;
        }
    }
}
