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
        if (demo) {
            System.out.println(" 演示账户：admin / Admin#2026（省级管理员）  changsha / Changsha#2026（长沙市）");
            System.out.println("           furong / Furong#2026（芙蓉区）  yuelu / Yuelu#2026（岳麓区）");
            System.out.println("           inspector1 / Inspector#2026（检查员）  enterprise1 / Enterprise#2026（企业用户）");
        } else {
            System.out.println(" 登录：用 ./zhijian users add 创建的账户；首次启动时打印的 admin 一次性密码");
        }
        System.out.println(" 数据目录：" + environment.getProperty("zhijian.data-dir") + "    按 Ctrl+C 停止");
        System.out.println("==============================================================");
    }
}
