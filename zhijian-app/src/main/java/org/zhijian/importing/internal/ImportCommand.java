package org.zhijian.importing.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.cli.CliCommand;
import org.zhijian.platform.cli.ExitCodes;
import picocli.CommandLine;

@Component
@CommandLine.Command(
        name = "import",
        description = "导入文件（CSV：UTF-8/UTF-8 BOM/GB18030；XLSX）。退出码：0 全部导入，2 有行被拒绝（见报告），1 失败。",
        mixinStandardHelpOptions = true)
class ImportCommand implements CliCommand, Callable<Integer> {

    private final ImportManagement imports;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "KIND", description = "记录类型，如 enterprises")
    String kind;

    @CommandLine.Parameters(index = "1", paramLabel = "FILE", description = "要导入的文件")
    Path file;

    @CommandLine.Option(names = "--valid-only", description = "只导入有效行，其余写入错误报告（默认：有任何错误则全部不导入）")
    boolean validOnly;

    @CommandLine.Option(names = "--update-existing", description = "更新已存在且内容不同的记录（默认：视为错误）")
    boolean updateExisting;

    @CommandLine.Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "文件格式：template（默认，CSV/XLSX 模板）或该类型的原始格式，如 recalls 的 openfda、rasff、cpsc")
    String format;

    @CommandLine.Option(names = "--report", paramLabel = "OUT", description = "错误报告写到此文件（CSV）")
    Path reportOut;

    ImportCommand(ImportManagement imports) {
        this.imports = imports;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (imports.findKind(kind).isEmpty()) {
            err.println("未知的记录类型：" + kind + "（可用："
                    + String.join(
                            "、", imports.kinds().stream().map(k -> k.key()).toList()) + "）");
            return ExitCodes.FAILURE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在：" + file);
            return ExitCodes.FAILURE;
        }
        ProgressBar bar = new ProgressBar(err);
        ImportJob job = imports.importNow(
                kind,
                file,
                file.getFileName().toString(),
                new ImportOptions(validOnly, updateExisting, format),
                bar::show);
        bar.done();
        spec.commandLine().getOut().println(job.message());
        if (job.hasReport()) {
            Path report = imports.report(job.id()).orElseThrow();
            if (reportOut != null) {
                Files.copy(report, reportOut, StandardCopyOption.REPLACE_EXISTING);
                report = reportOut;
            }
            err.println("错误报告：" + report.toAbsolutePath());
        }
        return job.exitCode();
    }

    private static final class ProgressBar {
        private final PrintWriter out;
        private boolean shown;

        ProgressBar(PrintWriter out) {
            this.out = out;
        }

        void show(ImportJob job) {
            int width = 30;
            int filled = (int) Math.round(job.progress() * width);
            out.printf(
                    "\r[%s%s] %3d%%  已读 %,d 行  错误 %,d 行",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    Math.round(job.progress() * 100),
                    job.rowsRead(),
                    job.rejected());
            out.flush();
            shown = true;
        }

        void done() {
            if (shown) {
                out.println();
            }
        }
    }
}
