package org.zhijian.algo.detection.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.zhijian.algo.detection.Cusum;
import org.zhijian.algo.detection.EarsC;
import org.zhijian.algo.detection.Farrington;
import org.zhijian.algo.detection.FarringtonFlexible;
import org.zhijian.algo.detection.GlrPoisson;
import org.zhijian.algo.detection.WeekResult;

/**
 * One daily detection run at Hunan scale: 136 regions × 200 categories × 5 sources = 136,000 weekly series of 260
 * weeks, each method evaluating the latest week of every series (sequential charts replay their history). Series
 * are drawn per index from a seeded generator — most sparse (mean 0.02–0.5), a tenth busier (1–20), with a
 * seasonal wave — so memory holds one series per worker, not the data set. Writes a table to the given file.
 *
 * <p>Run: {@code bench/detection.sh} (java -cp target/classes:target/test-classes … DetectionBench OUT [SERIES]).
 */
public final class DetectionBench {

    private static final int WEEKS = 260;

    private DetectionBench() {}

    static double[] series(int index) {
        SplittableRandom r = new SplittableRandom(20261129L * 1_000_003L + index);
        double base = r.nextInt(10) == 0 ? 1 + r.nextDouble() * 19 : 0.02 + r.nextDouble() * 0.48;
        double phase = r.nextDouble() * 2 * Math.PI;
        double[] y = new double[WEEKS];
        for (int t = 0; t < WEEKS; t++) {
            double mu = base * Math.exp(0.4 * Math.sin(2 * Math.PI * t / 52 + phase));
            y[t] = poisson(r, mu);
        }
        return y;
    }

    private static int poisson(SplittableRandom r, double mu) {
        if (mu > 30) {
            return (int) Math.max(0, Math.round(mu + Math.sqrt(mu) * r.nextGaussian()));
        }
        double l = Math.exp(-mu);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    record Method(String name, ToIntFunction<double[]> run) {}

    /** 1 when the latest week alarms. */
    static int alarms(List<WeekResult> r) {
        return r.get(r.size() - 1).alarm() ? 1 : 0;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 136 * 200 * 5;
        var flexible = new FarringtonFlexible.Params(
                4,
                3,
                true,
                2.58,
                true,
                0.05,
                0.05,
                org.zhijian.algo.detection.PowerTransform.TWO_THIRDS,
                5,
                4,
                1,
                -1,
                FarringtonFlexible.ThresholdMethod.DELTA);
        var farrington = new Farrington.Params(
                4, 3, true, true, 0.05, org.zhijian.algo.detection.PowerTransform.TWO_THIRDS, 5, 4);
        List<Method> methods = List.of(
                new Method("generate only", y -> 0),
                new Method(
                        "earsC1 (minSigma 0.5)",
                        y -> alarms(EarsC.detect(
                                y,
                                WEEKS,
                                WEEKS,
                                new EarsC.Params(EarsC.Method.C1, 7, Double.NaN, 0.5, EarsC.C3Mode.R_COMPAT)))),
                new Method(
                        "earsC2 (minSigma 0.5)",
                        y -> alarms(EarsC.detect(
                                y,
                                WEEKS,
                                WEEKS,
                                new EarsC.Params(EarsC.Method.C2, 7, Double.NaN, 0.5, EarsC.C3Mode.R_COMPAT)))),
                new Method(
                        "earsC3 (minSigma 0.5)",
                        y -> alarms(EarsC.detect(
                                y,
                                WEEKS,
                                WEEKS,
                                new EarsC.Params(EarsC.Method.C3, 7, Double.NaN, 0.5, EarsC.C3Mode.R_COMPAT)))),
                new Method("farrington (b 4)", y -> alarms(Farrington.detect(y, WEEKS, WEEKS, farrington))),
                new Method(
                        "farringtonFlexible (b 4)", y -> alarms(FarringtonFlexible.detect(y, WEEKS, WEEKS, flexible))),
                new Method(
                        "cusum (rossi, replay 53–260)",
                        y -> alarms(Cusum.detect(y, 53, WEEKS, Cusum.Params.defaults(Cusum.Transform.ROSSI)))),
                new Method(
                        "glrpois (replay 53–260)",
                        y -> alarms(GlrPoisson.detect(y, 53, WEEKS, WEEKS, GlrPoisson.Params.defaults()))));
        StringBuilder table = new StringBuilder();
        table.append("# Detection: one daily run at Hunan scale\n\n")
                .append(String.format(
                        "%,d series × %d weeks (136 regions × 200 categories × 5 sources), the latest week"
                                + " evaluated per series, all series in parallel on %d cores; Java %s.%n%n",
                        n, WEEKS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")))
                .append(
                        "| method | wall time (s) | series/s | series alarming | peak heap (MB) |\n|---|---:|---:|---:|---:|\n");
        double total = 0;
        for (Method m : methods) {
            System.gc();
            resetPeaks();
            AtomicLong alarms = new AtomicLong();
            long start = System.nanoTime();
            IntStream.range(0, n)
                    .parallel()
                    .forEach(i -> alarms.addAndGet(m.run().applyAsInt(series(i))));
            double seconds = (System.nanoTime() - start) / 1e9;
            total += m.name().equals("generate only") ? 0 : seconds;
            table.append(String.format(
                    "| %s | %.2f | %,.0f | %,d | %.0f |%n",
                    m.name(), seconds, n / seconds, alarms.get(), peakHeap() / 1048576.0));
            System.out.println(m.name() + ": " + String.format("%.2f s", seconds));
        }
        table.append(String.format(
                "%nAll seven methods one after the other: %.1f s (target for the daily run: < 60 s)."
                        + " Wall times include drawing the series (the \"generate only\" row).%n",
                total));
        Files.writeString(out, table.toString());
        System.out.print(table);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
