package org.zhijian.region.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.region.RegionManagement;

/**
 * Refuses a filter on a region code the registry does not hold ({@code ?region=999999}) instead of silently showing
 * everything: every page and API read that takes {@code region} or {@code prefecture}, and {@code parent} on the
 * region and enterprise APIs. Blank values mean "all" and pass; forms that post a region check it themselves.
 */
@Configuration(proxyBeanMethods = false)
class RegionParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<String> NAMES = List.of("region", "prefecture");
    private static final List<String> PARENT_PATHS = List.of("/api/v1/regions", "/api/v1/enterprises");

    private final RegionManagement regions;

    RegionParameters(RegionManagement regions) {
        this.regions = regions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod)) {
            return true;
        }
        NAMES.forEach(name -> check(name, request.getParameter(name)));
        if (PARENT_PATHS.stream().anyMatch(request.getRequestURI()::startsWith)) {
            check("parent", request.getParameter("parent"));
        }
        return true;
    }

    private void check(String name, String value) {
        if (value != null
                && !value.isBlank()
                && regions.findByCode(value.strip()).isEmpty()) {
            throw new BusinessRuleViolation(RegionErrors.UNKNOWN_CODE, name, value.strip());
        }
    }
}
