package org.zhijian.demo;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

/**
 * {@code ./zhijian bench import FILE}: times the full enterprise import against PostgreSQL {@code COPY} of the
 * same CSV into an equivalent table (same columns as text, same kinds of indexes) on the same server, and
 * reports the JVM's peak heap. Meant for an empty data directory (see {@code bench/import-enterprises.sh}).
 */
@Component
@CommandLine.Command(name = "bench", description = "性能基准（见 bench/）", subcommands = BenchCommand.Import.class)
class BenchCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "import", description = "企业导入全流程 对比 COPY，结果写入 Markdown 表")
    static class Import implements Callable<Integer> {

        private final DataSource dataSource;
        private final ImportManagement imports;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "generate enterprises 生成的 CSV")
        Path file;

        @CommandLine.Option(names = "--results", required = true, description = "结果表（Markdown）")
        Path results;

        Import(DataSource dataSource, ImportManagement imports) {
            this.dataSource = dataSource;
            this.imports = imports;
        }

        @Override
        public Integer call() throws Exception {
            long rows = Files.lines(file).count() - 1;
            double copySeconds = copyBaseline();
            long start = System.nanoTime();
            ImportJob job = imports.importNow(
                    "enterprises", file, file.getFileName().toString(), ImportOptions.strict(), j -> {});
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = peakHeapBytes();
            String table = table(rows, copySeconds, importSeconds, peakHeap, job);
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, table);
            spec.commandLine().getOut().println(table);
            return job.status().equals("SUCCEEDED") ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        /** The baseline table as the registry's (V1, V8, V14, V37): columns, the bigram trigger and the indexes. */
        private static final List<String> BASELINE_DDL = List.of(
                "drop table if exists bench_copy_enterprise",
                "create table bench_copy_enterprise (uscc text primary key, name text, former_names text, "
                        + "legal_representative text, address text, county text, industry text, scale text, status text, "
                        + "established_on text, registration_number text, organization_code text, categories text, licences text)",
                "alter table bench_copy_enterprise add column name_bigrams text[] not null default '{}'",
                """
                        create or replace function bench_copy_bigrams() returns trigger language plpgsql as $$
                        declare
                            source text := lower(coalesce(new.name, '') || ' ' || coalesce(new.former_names, ''));
                            grams text[] := '{}';
                            gram text;
                        begin
                            for i in 1 .. greatest(length(source) - 1, 0) loop
                                gram := substr(source, i, 2);
                                if gram !~ '\\s' then grams := grams || gram; end if;
                            end loop;
                            new.name_bigrams := array(select distinct g from unnest(grams) g);
                            return new;
                        end $$""",
                "create trigger bench_copy_bigrams before insert on bench_copy_enterprise "
                        + "for each row execute function bench_copy_bigrams()",
                "create index on bench_copy_enterprise using gin (name gin_trgm_ops)",
                "create index on bench_copy_enterprise using gin (former_names gin_trgm_ops)",
                "create index on bench_copy_enterprise using gin (name_bigrams)",
                // as V37: the county index also holds what the draw pool reads
                "create index on bench_copy_enterprise (county, uscc, status, categories)",
                "create index on bench_copy_enterprise (industry)",
                "create index on bench_copy_enterprise using gin (categories gin_trgm_ops)");

        private double copyBaseline() throws Exception {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement()) {
                for (String sql : BASELINE_DDL) {
                    st.execute(sql);
                }
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    c.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(
                                    "copy bench_copy_enterprise (uscc, name, former_names, legal_representative, address, county, "
                                            + "industry, scale, status, established_on, registration_number, organization_code, "
                                            + "categories, licences) from stdin (format csv, header true)",
                                    in);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                st.execute("drop table bench_copy_enterprise");
                st.execute("drop function bench_copy_bigrams()");
                return seconds;
            }
        }

        private static long peakHeapBytes() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak;
        }

        private static String table(long rows, double copy, double full, long peakHeap, ImportJob job) {
            long maxHeap = Runtime.getRuntime().maxMemory();
            return String.format(
                    Locale.ROOT,
                    """
                    # Enterprise import benchmark

                    Run %s on %d cores, JDK %s, max heap %d MiB. Same server, same CSV (%,d rows, `generate enterprises`).

                    | path | seconds | rows/s | ratio to COPY |
                    |---|---:|---:|---:|
                    | PostgreSQL `COPY` into an equivalent table (text columns, same index kinds and bigram trigger) | %.1f | %,.0f | 1.00 |
                    | zhijian import, full path (detect, validate, stage, dedupe, merge, indexes) | %.1f | %,.0f | %.2f |

                    Peak heap (sum of heap pools' peak usage): %d MiB of %d MiB. Import outcome: %s — %s
                    """,
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    maxHeap >> 20,
                    rows,
                    copy,
                    rows / copy,
                    full,
                    rows / full,
                    copy / full,
                    peakHeap >> 20,
                    maxHeap >> 20,
                    job.status(),
                    job.message());
        }
    }
}
