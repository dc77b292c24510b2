package org.zhijian.sampling.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.algo.sampling.CandidatePool;
import org.zhijian.algo.sampling.DoubleRandomDraw;
import org.zhijian.algo.sampling.DrawOutcome;
import org.zhijian.algo.sampling.DrawSpec;
import org.zhijian.algo.sampling.Inspector;
import org.zhijian.algo.sampling.SplitMix64;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ProductCategory;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * A dry-run draw when the server has started, on a background thread at low priority: the whole registry is read
 * as a provincial plan's pool would be (every category, every prefecture, less the recently sampled) and drawn from
 * twice; nothing is stored or audited. Draws are rare, so without this the first one after a restart runs its loops (the pool read, the
 * radix sort, the hash, the compression feed) in the interpreter or lightly optimised code, against a cold
 * database cache: most of a second slower than every later one. A registry smaller than
 * {@code zhijian.sampling.warm-up-pool} is padded with synthetic credit codes; 0 turns the warm-up off.
 */
@Component
class DrawWarmUp {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DrawWarmUp.class);

    private final SamplingSettings settings;
    private final DrawPool pool;
    private final ClassificationManagement classification;
    private final RegionManagement regions;

    DrawWarmUp(
            SamplingSettings settings,
            DrawPool pool,
            ClassificationManagement classification,
            RegionManagement regions) {
        this.settings = settings;
        this.pool = pool;
        this.classification = classification;
        this.regions = regions;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (settings.warmUpPool() == 0 || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Thread thread = new Thread(this::run, "draw-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The dry run: the registry as a provincial pool, padded to the configured size, drawn from twice. */
    DrawOutcome run() {
        try {
            long start = System.nanoTime();
            Map<String, Integer> targets = new LinkedHashMap<>();
            regions.find(RegionLevel.PREFECTURE, null).forEach(p -> targets.put(p.code(), 100));
            List<String> roots = classification.categories().stream()
                    .filter(c -> c.parent() == null)
                    .map(ProductCategory::code)
                    .toList();
            CandidatePool registry = pool.candidates(
                    roots,
                    List.copyOf(targets.keySet()),
                    targets,
                    () -> pool.recentlySampled(roots, LocalDate.now()),
                    null);
            DrawOutcome outcome = registry.size() >= settings.warmUpPool()
                    ? draw(registry, targets)
                    : draw(synthetic(settings.warmUpPool()), syntheticTargets());
            log.debug("抽取预热：对象库 {} 家，{} ms", registry.size(), (System.nanoTime() - start) / 1_000_000);
            return outcome;
        } catch (RuntimeException e) { // a warm-up never stops the server
            log.warn("抽取预热未完成：{}", e.toString());
            return null;
        }
    }

    /** Draws twice from the pool (40 inspectors, 2 per target); the second outcome. */
    static DrawOutcome draw(CandidatePool candidates, Map<String, Integer> targets) {
        List<Inspector> inspectors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inspectors.add(new Inspector("warm-up-" + i, county(i % 14, i), Set.of()));
        }
        DrawSpec spec = new DrawSpec(targets, 2, true, "warm-up");
        DrawOutcome outcome = null;
        for (int round = 0; round < 2; round++) {
            try (BackgroundGzip gzip = new BackgroundGzip()) {
                outcome = DoubleRandomDraw.draw(candidates, inspectors, spec, round, gzip);
                gzip.toByteArray();
            }
        }
        return outcome;
    }

    /** 100 targets in each of the synthetic pool's 14 prefectures. */
    static Map<String, Integer> syntheticTargets() {
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (int p = 0; p < 14; p++) {
            targets.put(prefecture(p), 100);
        }
        return targets;
    }

    /**
     * Credit-code-like ids: 91, a county code, the index in base 31 (six characters, so ids are distinct up to 887
     * million) and four random characters of the code alphabet; 14 prefectures of 8 counties.
     */
    static CandidatePool synthetic(int size) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        SplitMix64 random = new SplitMix64(20261129L);
        CandidatePool.Builder builder = CandidatePool.builder(size);
        byte[] id = new byte[18];
        for (int i = 0; i < size; i++) {
            int p = i % 14;
            String county = county(p, i / 14 % 8);
            id[0] = '9';
            id[1] = '1';
            System.arraycopy(county.getBytes(StandardCharsets.US_ASCII), 0, id, 2, 6);
            for (int k = 8, n = i; k < 14; k++, n /= alphabet.length()) { // distinct: i in base 31
                id[k] = (byte) alphabet.charAt(n % alphabet.length());
            }
            for (int k = 14; k < 18; k++) {
                id[k] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            builder.add(id, 0, id.length, prefecture(p), county, 1.0);
        }
        return builder.build();
    }

    private static String prefecture(int p) {
        return "43" + String.format("%02d", p + 1) + "00";
    }

    private static String county(int p, int c) {
        return "43" + String.format("%02d", p + 1) + String.format("%02d", c + 1);
    }
}
