package org.zhijian.risk.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import org.zhijian.risk.DetectionMethod;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.RunSummary;
import org.zhijian.risk.SeriesDetection;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "detect",
        description = "风险监测：对计数序列做异常检测",
        subcommands = {DetectCommand.Series.class, RiskBenchCommand.class})
class DetectCommand extends CommandGroup {

    private final RiskMonitoring monitoring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @CommandLine.Option(
            names = "--week",
            paramLabel = "WEEK",
            description = "对所有序列运行一周的检测（如 2026-W47），存储信号并生成预警；可重复运行，中断后续跑")
    String week;

    @CommandLine.Option(names = "--rebuild", description = "先从各模块的记录重新计数所有序列")
    boolean rebuild;

    DetectCommand(RiskMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void run() {
        var out = commandSpec.commandLine().getOut();
        if (rebuild) {
            out.printf("已重新计数：%d 行日计数%n", monitoring.rebuild());
        }
        if (week == null) {
            if (!rebuild) {
                super.run();
            }
            return;
        }
        RunSummary r = monitoring.run(week);
        out.printf("%s：检测 %d 条序列，信号 %d 个；状态 %s%n", r.week(), r.series(), r.signals(), r.status());
    }

    @Component
    @CommandLine.Command(
            name = "series",
            description = "对一条周序列运行检测方法（与 R surveillance 1.20 一致）。输入列 week_index,observed；输出列 "
                    + "week_index,observed,expected,upperbound,alarm 及方法的诊断量；未能评估的周为 NA")
    static class Series implements Callable<Integer> {

        private final SeriesDetection detection;
        private final MessageSource messages;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(
                names = "--method",
                required = true,
                description = "earsC1|earsC2|earsC3|farrington|farringtonFlexible|cusum|glrpois")
        String method;

        @CommandLine.Option(names = "--in", required = true, paramLabel = "FILE.csv")
        Path in;

        @CommandLine.Option(names = "--out", required = true, paramLabel = "FILE.csv")
        Path out;

        @CommandLine.Option(names = "--from", paramLabel = "WEEK", description = "第一个检测周（week_index）")
        Integer from;

        @CommandLine.Option(names = "--to", paramLabel = "WEEK", description = "最后一个检测周（week_index）")
        Integer to;

        @CommandLine.Option(
                names = "--param",
                paramLabel = "NAME=VALUE",
                description = "参数，名称同 R 的 control 列表：b, w, alpha, reweight, weightsThreshold, trend, "
                        + "pThresholdTrend, limit54, powertrans, noPeriods, pastWeeksNotIncluded, thresholdMethod, "
                        + "populationOffset, k, h, m, trans, c.ARL, baseline, minSigma；另有 preset=default|orig|noufaily、"
                        + "C3mode=R_COMPAT|CDC")
        List<String> params = List.of();

        Series(SeriesDetection detection, MessageSource messages) {
            this.detection = detection;
            this.messages = messages;
        }

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            DetectionMethod m = DetectionMethod.parse(method).orElse(null);
            if (m == null) {
                err.println("未知方法 " + method + "：可用 earsC1、earsC2、earsC3、farrington、farringtonFlexible、cusum、glrpois");
                return ExitCodes.FAILURE;
            }
            Map<String, String> named = new LinkedHashMap<>();
            for (String p : params) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    err.println("参数须写成 NAME=VALUE：" + p);
                    return ExitCodes.FAILURE;
                }
                named.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
            try {
                DetectionOutcome outcome = detection.detect(Files.readAllBytes(in), m, from, to, named);
                Files.writeString(out, detection.csv(outcome), StandardCharsets.UTF_8);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s：检测 %d 周，报警 %d 周；参数 %s；结果写入 %s%n",
                                m.key(), outcome.results().size(), outcome.alarms(), outcome.params(), out);
                return ExitCodes.OK;
            } catch (BusinessRuleViolation e) {
                err.println(e.errorCode().code() + " "
                        + String.join(
                                "：",
                                java.util.Arrays.stream(e.arguments())
                                        .map(String::valueOf)
                                        .toList()));
                return ExitCodes.REJECTED;
            } catch (java.io.IOException e) {
                err.println("无法读写文件：" + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }
}
