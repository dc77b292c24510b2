package org.zhijian.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under their own prefixes instead of Spring Boot's catch-all {@code /**}: with the catch-all, every
 * link a page renders ({@code /enterprises}, {@code /imports}, …) was looked up on the class path on every request
 * (misses are not cached), which serialised page rendering on the jar file's lock. Style sheets and scripts carry a
 * content hash in their URL, so browsers may keep them for a year; webjar links need no version.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl LONG =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(LONG)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/geo/**")
                .addResourceLocations("classpath:/static/geo/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(LONG)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
