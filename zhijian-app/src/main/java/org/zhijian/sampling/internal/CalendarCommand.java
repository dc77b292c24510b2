package org.zhijian.sampling.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "calendar",
        description = "法定节假日和调休安排（计算工作日期限用）",
        subcommands = {CalendarCommand.Load.class, CalendarCommand.Years.class})
class CalendarCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "load", description = "导入放假调休安排（CSV：日期,HOLIDAY 或 WORKDAY,说明），按年整体替换")
    static class Load implements Callable<Integer> {

        private final SamplingCalendar calendar;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE")
        Path file;

        @CommandLine.Option(names = "--source", description = "来源（如通知文号）", defaultValue = "命令行导入")
        String source;

        Load(SamplingCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public Integer call() throws Exception {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Set<Integer> years = calendar.load(r, source);
                spec.commandLine().getOut().println("已导入 " + years + " 年的放假调休安排");
            }
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(name = "years", description = "列出已导入安排的年份")
    static class Years implements Callable<Integer> {

        private final SamplingCalendar calendar;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Years(SamplingCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public Integer call() {
            calendar.years().forEach(y -> spec.commandLine().getOut().println(y));
            return ExitCodes.OK;
        }
    }
}
