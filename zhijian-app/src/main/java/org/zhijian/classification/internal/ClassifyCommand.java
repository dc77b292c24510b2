package org.zhijian.classification.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.Explanation;
import org.zhijian.classification.Suggestion;
import org.zhijian.platform.CsvText;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "classify",
        description = "按关键词词典对投诉、伤害描述分类",
        subcommands = {ClassifyCommand.Text.class, ClassifyCommand.Evaluate.class})
class ClassifyCommand extends CommandGroup {

    @Component
    @CommandLine.Command(name = "text", description = "给出一段描述的分词、产品类别和危害类型及得分")
    static class Text implements Callable<Integer> {

        private final DescriptionClassification descriptions;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "DESCRIPTION")
        String description;

        @CommandLine.Option(names = "--product", description = "产品名称（得分加倍）")
        String product;

        Text(DescriptionClassification descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public Integer call() {
            Explanation e = descriptions.explain(product, description);
            PrintWriter out = spec.commandLine().getOut();
            out.println("分词\t" + String.join(" / ", e.words()));
            out.println("产品类别\t" + Objects.toString(e.suggestion().categoryCode(), "（未识别）"));
            out.println("危害类型\t" + e.suggestion().hazardCode());
            e.categories().stream()
                    .limit(5)
                    .forEach(r -> out.printf(
                            "  类别 %s %s\t%.2f\t%s%n", r.code(), r.name(), r.score(), String.join("、", r.terms())));
            e.hazards().stream()
                    .limit(5)
                    .forEach(r -> out.printf(
                            "  危害 %s %s\t%.2f\t%s%n", r.code(), r.name(), r.score(), String.join("、", r.terms())));
            return ExitCodes.OK;
        }
    }

    @Component
    @CommandLine.Command(
            name = "evaluate",
            description = "用当前词典对标注集评分：CSV 列 description、category_code、hazard_code（可选 product），"
                    + "UTF-8 或 GB18030；输出首位命中率，--errors 另列出判错的行")
    static class Evaluate implements Callable<Integer> {

        private final DescriptionClassification descriptions;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--in", required = true, paramLabel = "FILE")
        Path in;

        @CommandLine.Option(names = "--errors", description = "列出判错的行")
        boolean errors;

        Evaluate(DescriptionClassification descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public Integer call() throws IOException {
            List<CSVRecord> rows = read();
            if (rows == null) {
                return ExitCodes.FAILURE;
            }
            if (rows.isEmpty()
                    || !rows.get(0).isMapped("description")
                    || !rows.get(0).isMapped("category_code")) {
                spec.commandLine().getErr().println("标注文件须有 description 和 category_code 列");
                return ExitCodes.FAILURE;
            }
            int category = 0;
            int hazard = 0;
            int hazardRows = 0;
            PrintWriter out = spec.commandLine().getOut();
            for (CSVRecord r : rows) {
                Suggestion s =
                        descriptions.suggest(r.isMapped("product") ? r.get("product") : "", r.get("description"));
                boolean c = r.get("category_code").strip().equals(Objects.toString(s.categoryCode(), ""));
                String expectedHazard =
                        r.isMapped("hazard_code") ? r.get("hazard_code").strip() : "";
                boolean h = expectedHazard.equals(s.hazardCode());
                category += c ? 1 : 0;
                hazardRows += expectedHazard.isEmpty() ? 0 : 1;
                hazard += !expectedHazard.isEmpty() && h ? 1 : 0;
                if (errors && (!c || (!expectedHazard.isEmpty() && !h))) {
                    miss(out, r, s, expectedHazard);
                }
            }
            out.printf("描述 %d 条；产品类别首位命中率 %.3f%n", rows.size(), category / (double) rows.size());
            if (hazardRows > 0) {
                out.printf("危害类型首位命中率 %.3f（%d 条有标注）%n", hazard / (double) hazardRows, hazardRows);
            }
            return ExitCodes.OK;
        }

        /** The labelled rows, or {@code null} after saying why the file cannot be read. */
        private List<CSVRecord> read() {
            try {
                return CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new java.io.StringReader(CsvText.decode(Files.readAllBytes(in))))
                        .getRecords();
            } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
                spec.commandLine().getErr().println("无法读取标注文件 " + in + "：" + e.getMessage());
                return null;
            }
        }

        private static void miss(PrintWriter out, CSVRecord r, Suggestion s, String expectedHazard) {
            out.printf(
                    "第 %d 行\t%s→%s\t%s→%s\t%s%n",
                    r.getRecordNumber() + 1,
                    r.get("category_code"),
                    s.categoryCode(),
                    expectedHazard,
                    s.hazardCode(),
                    r.get("description"));
        }
    }
}
