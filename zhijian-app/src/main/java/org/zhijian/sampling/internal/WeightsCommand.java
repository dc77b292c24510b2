package org.zhijian.sampling.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(name = "weights", description = "行业产值权重（按产值加权的合格率用）", subcommands = WeightsCommand.Load.class)
class WeightsCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "load", description = "载入行业产值权重（CSV：行业大类代码,权重），整表替换")
    static class Load implements Callable<Integer> {

        private final IndustryWeights weights;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE")
        Path file;

        @CommandLine.Option(names = "--source", description = "来源（如统计年鉴年份）", defaultValue = "命令行导入")
        String source;

        Load(IndustryWeights weights) {
            this.weights = weights;
        }

        @Override
        public Integer call() throws Exception {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                spec.commandLine().getOut().println("已载入 " + weights.load(r, source) + " 个行业的产值权重");
            }
            return ExitCodes.OK;
        }
    }
}
