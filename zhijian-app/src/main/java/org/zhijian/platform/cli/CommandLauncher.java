package org.zhijian.platform.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Entry point of the jar: {@code serve} and {@code demo} start the web application; every other command
 * runs in a non-web Spring context on the same data directory (or on the running instance's database).
 */
public final class CommandLauncher {

    /** Returned when the command keeps running (a server), so the caller must not exit. */
    public static final int KEEP_RUNNING = -1;

    private final Class<?> application;

    public CommandLauncher(Class<?> application) {
        this.application = application;
    }

    public int launch(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        if (first.equals("serve") || first.equals("demo")) {
            return startServer(args, first.equals("demo"));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        Map.of("zhijian.cli", "true", "zhijian.log-target", "System.err", "logging.level.root", "WARN"))
                .run();
        try {
            return commandLine(context).execute(args);
        } finally {
            context.close();
        }
    }

    private int startServer(String[] args, boolean demo) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (isBlank(System.getenv("ZHIJIAN_DB_URL"))) {
            java.nio.file.Path dataDir = dataDir(rest);
            var owner = org.zhijian.platform.database.LocalPostgres.ownerOf(dataDir);
            if (owner.isPresent()) {
                System.err.println(new org.zhijian.platform.database.DataDirectoryInUseException(
                                dataDir.toAbsolutePath(), owner.get())
                        .getMessage());
                return ExitCodes.FAILURE;
            }
        }
        String[] springArgs = Arrays.copyOf(rest, rest.length + 1);
        springArgs[rest.length] = "--zhijian.owns-data-dir=true";
        new SpringApplicationBuilder(application)
                .profiles(demo ? new String[] {"demo"} : new String[0])
                .run(springArgs);
        return KEEP_RUNNING;
    }

    private static java.nio.file.Path dataDir(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--zhijian.data-dir=")) {
                return java.nio.file.Path.of(arg.substring("--zhijian.data-dir=".length()));
            }
        }
        String env = System.getenv("ZHIJIAN_DATA_DIR");
        return java.nio.file.Path.of(isBlank(env) ? "./data" : env);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static CommandLine commandLine(ConfigurableApplicationContext context) {
        CommandLine root = new CommandLine(new RootCommand(), new SpringFactory(context));
        context.getBeansOfType(CliCommand.class).values().stream()
                .sorted(java.util.Comparator.comparing(c -> c.getClass().getSimpleName()))
                .forEach(c -> root.addSubcommand(
                        context.getAutowireCapableBeanFactory().createBean(c.getClass())));
        root.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        root.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        root.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof org.zhijian.platform.BusinessRuleViolation rule) {
                String code = rule.errorCode().code();
                cmd.getErr()
                        .println("错误：" + code + " "
                                + context.getMessage(
                                        code, rule.arguments(), code, java.util.Locale.SIMPLIFIED_CHINESE));
                return ExitCodes.REJECTED;
            }
            cmd.getErr().println("错误：" + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return root;
    }

    @CommandLine.Command(
            name = "zhijian",
            mixinStandardHelpOptions = true,
            version = "zhijian 0.1.0",
            description = "质鉴 — 质量监管平台。serve 启动服务，demo 启动演示（含演示数据）。",
            subcommands = {ServeCommand.class, DemoCommand.class})
    static final class RootCommand implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @CommandLine.Command(name = "serve", description = "启动平台（不含演示数据），默认 http://localhost:8080")
    static final class ServeCommand implements Runnable {
        @Override
        public void run() {
            // handled by CommandLauncher before picocli runs
        }
    }

    @CommandLine.Command(name = "demo", description = "启动平台并载入主数据和演示数据")
    static final class DemoCommand implements Runnable {
        @Override
        public void run() {
            // handled by CommandLauncher before picocli runs
        }
    }

    private record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (context.getBeanNamesForType(type).length > 0) {
                // a fresh instance per command line: picocli keeps option values in the object
                return context.getAutowireCapableBeanFactory().createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
