package org.zhijian.sampling.internal;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.zhijian.platform.cli.CommandGroup;
import org.zhijian.platform.cli.ExitCodes;
import org.zhijian.sampling.DrawVerification;
import org.zhijian.sampling.SamplingManagement;
import picocli.CommandLine;

@Component
@CommandLine.Command(name = "draw", description = "双随机抽取", subcommands = DrawCommand.Verify.class)
class DrawCommand extends CommandGroup {

    @Component
    @CommandLine.Command(
            name = "verify",
            description = "用记录的种子和对象库快照重新计算一次抽取并与记录比较：一致时输出 MATCH、退出码 0；" + "不一致时输出 MISMATCH 和第一处差异、退出码 2")
    static class Verify implements Callable<Integer> {

        private final SamplingManagement sampling;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "DRAW_ID")
        long drawId;

        Verify(SamplingManagement sampling) {
            this.sampling = sampling;
        }

        @Override
        public Integer call() {
            DrawVerification v = sampling.verify(drawId);
            var out = spec.commandLine().getOut();
            out.println((v.match() ? "MATCH" : "MISMATCH") + "\t抽取 #" + drawId + "\t对象库哈希 " + v.storedHash());
            if (!v.match()) {
                out.println(v.firstDifference());
            }
            return v.match() ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }
}
