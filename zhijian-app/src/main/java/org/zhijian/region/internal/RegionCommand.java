package org.zhijian.region.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.zhijian.platform.InvalidFileException;
import org.zhijian.platform.cli.CliCommand;
import org.zhijian.platform.cli.ExitCodes;
import org.zhijian.region.RegionManagement;
import picocli.CommandLine;

@Component
@CommandLine.Command(name = "regions", description = "行政区划：regions load FILE 载入一个省的区划文件（code,name,level,parent_code）")
class RegionCommand implements CliCommand {

    private final RegionManagement regions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    RegionCommand(RegionManagement regions) {
        this.regions = regions;
    }

    @CommandLine.Command(name = "load", description = "载入区划 CSV（UTF-8），整文件校验，出错则不做任何修改")
    int load(@CommandLine.Parameters(paramLabel = "FILE") Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = regions.load(reader, file.getFileName().toString());
            spec.commandLine().getOut().println("已载入 " + n + " 个行政区划");
            return ExitCodes.OK;
        } catch (InvalidFileException e) {
            e.errors().forEach(err -> spec.commandLine().getErr().println(err));
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REJECTED;
        }
    }

    @CommandLine.Command(name = "list", description = "列出行政区划")
    int list() {
        regions.all()
                .forEach(r -> spec.commandLine()
                        .getOut()
                        .println(r.code() + "\t" + r.name() + "\t" + r.level().key() + "\t"
                                + (r.parent() == null ? "" : r.parent())));
        return ExitCodes.OK;
    }
}
