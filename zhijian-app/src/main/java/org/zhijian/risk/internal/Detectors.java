package org.zhijian.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.zhijian.algo.detection.Cusum;
import org.zhijian.algo.detection.EarsC;
import org.zhijian.algo.detection.Farrington;
import org.zhijian.algo.detection.FarringtonFlexible;
import org.zhijian.algo.detection.GlrPoisson;
import org.zhijian.algo.detection.PowerTransform;
import org.zhijian.algo.detection.WeekResult;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.risk.DetectionMethod;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.DetectionRequest;
import org.zhijian.risk.SeriesDetection;

/**
 * Runs a method of {@code org.zhijian.algo.detection} on a series with parameters named as in R. CUSUM and GLR,
 * whose R functions need a range, start by default after one year (week 53), the weeks before estimating the mean.
 */
@Service
class Detectors implements SeriesDetection {

    /** A configured method: its first evaluable position and the run over positions. */
    private record Run(int firstWeek, Detector detector) {}

    @FunctionalInterface
    private interface Detector {
        List<WeekResult> detect(double[] y, int from, int to);
    }

    @Override
    public DetectionOutcome detect(DetectionRequest request) {
        List<Integer> weeks = request.weeks();
        double[] y = request.observed();
        checkSeries(weeks, y);
        ControlList control = new ControlList(request.params());
        Run run = configure(request.method(), control);
        Map<String, String> used = control.finish();
        int first = weeks.get(0);
        int from = request.from() == null ? Math.max(run.firstWeek(), 1) : request.from() - first + 1;
        int to = request.to() == null ? y.length : request.to() - first + 1;
        if (request.from() == null && from > y.length) {
            throw new BusinessRuleViolation(
                    RiskErrors.BAD_RANGE, "序列只有 " + y.length + " 周，该方法至少需要 " + from + " 周（前 " + (from - 1) + " 周作基线）");
        }
        if (from < 1 || to > y.length || from > to) {
            throw new BusinessRuleViolation(
                    RiskErrors.BAD_RANGE, "范围须在序列的第 " + first + " 至 " + (first + y.length - 1) + " 周之内");
        }
        List<WeekResult> results;
        try {
            results = run.detector().detect(y, from, to);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(RiskErrors.BAD_RANGE, e.getMessage() + "（序列共 " + y.length + " 周）");
        }
        List<WeekResult> renumbered = new ArrayList<>();
        TreeSet<String> diagnostics = new TreeSet<>();
        for (WeekResult r : results) {
            renumbered.add(new WeekResult(
                    weeks.get(r.week() - 1),
                    r.observed(),
                    r.expected(),
                    r.upperbound(),
                    r.alarm(),
                    r.diagnostics(),
                    r.decided()));
            diagnostics.addAll(r.diagnostics().keySet());
        }
        return new DetectionOutcome(request.method(), used, renumbered, List.copyOf(diagnostics));
    }

    @Override
    public DetectionOutcome detect(
            byte[] csv, DetectionMethod method, Integer from, Integer to, Map<String, String> params) {
        SeriesCsv.Series series = SeriesCsv.read(csv);
        return detect(new DetectionRequest(method, series.weeks(), series.observed(), from, to, params));
    }

    @Override
    public String csv(DetectionOutcome outcome) {
        return SeriesCsv.write(outcome);
    }

    private static void checkSeries(List<Integer> weeks, double[] y) {
        if (y.length == 0 || weeks.size() != y.length) {
            throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "序列为空");
        }
        for (int i = 0; i < y.length; i++) {
            if (i > 0 && weeks.get(i) != weeks.get(i - 1) + 1) {
                throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "周序号须连续递增（第 " + weeks.get(i) + " 周）");
            }
            if (!(y[i] >= 0) || Double.isInfinite(y[i]) || y[i] != Math.rint(y[i])) {
                throw new BusinessRuleViolation(RiskErrors.BAD_SERIES, "第 " + weeks.get(i) + " 周的计数须为非负整数");
            }
        }
    }

    private static Run configure(DetectionMethod method, ControlList c) {
        return switch (method) {
            case EARS_C1 -> ears(EarsC.Method.C1, c);
            case EARS_C2 -> ears(EarsC.Method.C2, c);
            case EARS_C3 -> ears(EarsC.Method.C3, c);
            case FARRINGTON -> farrington(c);
            case FARRINGTON_FLEXIBLE -> flexible(c);
            case CUSUM -> cusum(c);
            case GLR_POIS -> glr(c);
        };
    }

    private static Run ears(EarsC.Method m, ControlList c) {
        int baseline = c.integer("baseline", 7);
        double alpha = c.number("alpha", m == EarsC.Method.C3 ? 0.025 : 0.001);
        double minSigma = c.number("minSigma", 0);
        EarsC.C3Mode mode = m == EarsC.Method.C3
                ? EarsC.C3Mode.valueOf(c.text("C3mode", "R_COMPAT", "R_COMPAT", "CDC"))
                : EarsC.C3Mode.R_COMPAT;
        EarsC.Params p;
        try {
            p = new EarsC.Params(m, baseline, alpha, minSigma, mode);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(RiskErrors.BAD_PARAMETER, "baseline/minSigma", e.getMessage());
        }
        return new Run(p.firstWeek(), (y, from, to) -> EarsC.detect(y, from, to, p));
    }

    private static Run farrington(ControlList c) {
        int b = c.integer("b", 5);
        int w = c.integer("w", 3);
        int[] limit = c.pair("limit54", 5, 4);
        var p = new Farrington.Params(
                b,
                w,
                c.bool("reweight", true),
                c.bool("trend", true),
                c.number("alpha", 0.05),
                PowerTransform.parse(c.text("powertrans", "2/3", "2/3", "1/2", "none")),
                limit[0],
                limit[1]);
        return new Run(52 * b - w, (y, from, to) -> Farrington.detect(y, from, to, p));
    }

    private static Run flexible(ControlList c) {
        String preset = c.text("preset", "default", "default", "orig", "noufaily");
        FarringtonFlexible.Params d = switch (preset) {
            case "orig" -> FarringtonFlexible.original();
            case "noufaily" -> FarringtonFlexible.noufaily();
            default -> FarringtonFlexible.defaults();
        };
        int[] limit = c.pair("limit54", d.limitCases(), d.limitWeeks());
        if (c.bool("populationOffset", false)) {
            throw new BusinessRuleViolation(RiskErrors.BAD_PARAMETER, "populationOffset", "TRUE：暂不支持人口偏移");
        }
        String threshold = c.text("thresholdMethod", thresholdName(d.thresholdMethod()), "delta", "nbPlugin", "muan");
        FarringtonFlexible.Params p;
        try {
            p = new FarringtonFlexible.Params(
                    c.integer("b", d.b()),
                    c.integer("w", d.w()),
                    c.bool("reweight", d.reweight()),
                    c.number("weightsThreshold", d.weightsThreshold()),
                    c.bool("trend", d.trend()),
                    c.number("pThresholdTrend", d.pThresholdTrend()),
                    c.number("alpha", d.alpha()),
                    PowerTransform.parse(c.text("powertrans", "2/3", "2/3", "1/2", "none")),
                    limit[0],
                    limit[1],
                    c.integer("noPeriods", d.noPeriods()),
                    c.integer("pastWeeksNotIncluded", d.pastWeeksNotIncluded()),
                    switch (threshold) {
                        case "nbPlugin" -> FarringtonFlexible.ThresholdMethod.NB_PLUGIN;
                        case "muan" -> FarringtonFlexible.ThresholdMethod.MUAN;
                        default -> FarringtonFlexible.ThresholdMethod.DELTA;
                    });
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(RiskErrors.BAD_PARAMETER, "noPeriods", e.getMessage());
        }
        return new Run(p.firstWeek(), (y, from, to) -> FarringtonFlexible.detect(y, from, to, p));
    }

    private static String thresholdName(FarringtonFlexible.ThresholdMethod m) {
        return switch (m) {
            case DELTA -> "delta";
            case NB_PLUGIN -> "nbPlugin";
            case MUAN -> "muan";
        };
    }

    private static Run cusum(ControlList c) {
        String trans =
                c.text("trans", "standard", "standard", "rossi", "anscombe", "anscombe2nd", "pearsonNegBin", "none");
        boolean glm = c.isWord("m", "glm");
        var p = new Cusum.Params(
                c.number("k", 1.04),
                c.number("h", 2.26),
                glm ? Double.NaN : c.number("m", Double.NaN),
                switch (trans) {
                    case "rossi" -> Cusum.Transform.ROSSI;
                    case "anscombe" -> Cusum.Transform.ANSCOMBE;
                    case "anscombe2nd" -> Cusum.Transform.ANSCOMBE2ND;
                    case "pearsonNegBin" -> Cusum.Transform.PEARSON_NEG_BIN;
                    case "none" -> Cusum.Transform.NONE;
                    default -> Cusum.Transform.STANDARD;
                },
                c.number("alpha", 0.1),
                glm);
        return new Run(53, (y, from, to) -> {
            try {
                return Cusum.detect(y, from, to, p);
            } catch (ArithmeticException e) {
                throw new BusinessRuleViolation(
                        RiskErrors.BAD_PARAMETER, "m", "glm：季节性泊松模型无法拟合（" + e.getMessage() + "）");
            }
        });
    }

    private static Run glr(ControlList c) {
        var p = new GlrPoisson.Params(c.number("c.ARL", 5), c.integer("S", 1), c.bool("trend", false));
        return new Run(53, (y, from, to) -> GlrPoisson.detect(y, from, to, p));
    }
}
