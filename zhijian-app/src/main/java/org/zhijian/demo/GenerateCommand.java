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
@CommandLine.Command(name = "generate", description = "生成演示/压测数据", subcommands = GenerateCommand.Enterprises.class)
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
}
