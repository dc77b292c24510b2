package org.zhijian.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A web slice of the controllers {@link #value()} selects, over stand-in facades, with the platform's error handlers
 * and page texts, as a signed-in user. Pages are forwarded to their template names instead of rendered: the layout
 * needs the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeAutoConfiguration = ThymeleafAutoConfiguration.class, useDefaultFilters = false)
@Import({PageText.class, ApiExceptionHandler.class, PageExceptionHandler.class})
@WithMockUser
public @interface ControllerSlice {

    /** The controllers under test, e.g. a regex filter over their packages. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "includeFilters")
    ComponentScan.Filter[] value();
}
