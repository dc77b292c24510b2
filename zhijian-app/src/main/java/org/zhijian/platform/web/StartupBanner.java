package org.zhijian.platform.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the platform can be reached once the web server is up. */
@Component
class StartupBanner {

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        boolean demo = environment.matchesProfiles("demo");
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" 质鉴 " + (demo ? "演示" : "") + "已启动：http://localhost:" + port);
        System.out.println(" 接口文档：http://localhost:" + port + "/swagger-ui.html");
        System.out.println(" 登录：本版本尚未启用账户，浏览器直接打开即可（账户与权限见后续版本）");
        System.out.println(" 数据目录：" + environment.getProperty("zhijian.data-dir") + "    按 Ctrl+C 停止");
        System.out.println("==============================================================");
    }
}
