package org.zhijian;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.zhijian.platform.cli.CommandLauncher;

/** zhijian 质鉴: the quality-governance platform. One jar serves the web application and the CLI. */
@SpringBootApplication
@EnableAsync
public class ZhijianApplication {

    public static void main(String[] args) {
        int code = new CommandLauncher(ZhijianApplication.class).launch(args);
        if (code != CommandLauncher.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
