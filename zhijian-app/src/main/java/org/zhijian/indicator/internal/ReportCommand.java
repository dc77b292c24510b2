package org.zhijian.indicator.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(name = "report", description = "报告", subcommands = ReportCommand.Annual.class)
class ReportCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "annual", description = "年度质量状况分析报告（规划指标进展、合格率图、市州考核结果）：--out 以 .pdf 或 .xlsx 结尾")
    static class Annual implements Callable<Integer> {

        private final IndicatorManagement indicators;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--year", required = true)
        int year;

        @CommandLine.Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.xlsx")
        Path out;

        Annual(IndicatorManagement indicators) {
            this.indicators = indicators;
        }

        @Override
        public Integer call() throws Exception {
            String format = out.getFileName().toString().toLowerCase().endsWith(".xlsx") ? "xlsx" : "pdf";
            try (OutputStream o = Files.newOutputStream(out)) {
                indicators.annualReport(year, format, o);
            }
            spec.commandLine().getOut().printf("%d 年度报告已写入 %s%n", year, out);
            return ExitCodes.OK;
        }
    }
}
