package org.zhijian.risk.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.platform.web.ControllerSlice;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.SeriesDetection;
import org.zhijian.risk.SignalQuery;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.Warnings;

/**
 * The risk pages and APIs as a web slice over stand-in facades: filters bound from the query string, who may run
 * the detection, and how refusals come back.
 */
@ControllerSlice(@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.zhijian\\.risk\\.web\\..*"))
class RiskEndpointsTest {

    static final Actor PROVINCE = new Actor("admin", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");
    static final Actor FURONG =
            new Actor("furong", "COUNTY_OFFICER", Scope.county("430102"), Scope.county("430102"), "127.0.0.1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RiskMonitoring monitoring;

    @MockitoBean
    Warnings warnings;

    @MockitoBean
    SeriesDetection detection;

    @MockitoBean
    RegionManagement regions;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    CurrentActor currentActor;

    @Test
    void bindsEverySignalFilterFromTheQueryString() throws Exception {
        when(monitoring.signals(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 20));

        mvc.perform(get("/api/v1/risk/signals")
                        .param("week", "2026-W47")
                        .param("source", "COMPLAINT")
                        .param("region", "430100")
                        .param("category", "CON-EE")
                        .param("open", "true")
                        .param("page", "2")
                        .param("size", "20"))
                .andExpect(status().isOk());

        verify(monitoring)
                .signals(new SignalQuery("2026-W47", "COMPLAINT", "430100", "CON-EE", true), PageRequest.of(2, 20));
    }

    @Test
    void letsOnlyTheProvinceRunTheWeeklyDetection() throws Exception {
        when(currentActor.get()).thenReturn(FURONG);

        mvc.perform(post("/api/v1/risk/runs").with(csrf()).param("week", "2026-W47"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_001"));
        verifyNoInteractions(monitoring);

        when(currentActor.get()).thenReturn(PROVINCE);
        mvc.perform(post("/api/v1/risk/runs").with(csrf()).param("week", "2026-W47"))
                .andExpect(status().isOk());
        verify(monitoring).run("2026-W47");
    }

    @Test
    void passesTheWarningQueueAndOverdueFlagToTheFacade() throws Exception {
        when(warnings.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 20));

        mvc.perform(get("/api/v1/risk/warnings")
                        .param("queue", "mine")
                        .param("status", "OPEN")
                        .param("overdue", "true"))
                .andExpect(status().isOk());

        verify(warnings).search(new WarningQuery("mine", "OPEN", null, null, null, true), PageRequest.of(null, null));
    }

    @Test
    void answersAnUnknownWarningWithNotFound() throws Exception {
        when(warnings.find(404)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/risk/warnings/404"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PLATFORM_002"));
    }

    @Test
    void answersABadWeekWithTheDetectionsOwnCodeAndChineseDetail() throws Exception {
        when(currentActor.get()).thenReturn(PROVINCE);
        when(monitoring.run("2026-47")).thenThrow(new BusinessRuleViolation(new ErrorCode("RISK_004", 422), "2026-47"));

        mvc.perform(post("/api/v1/risk/runs").with(csrf()).param("week", "2026-47"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RISK_004"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-47")));
    }
}
