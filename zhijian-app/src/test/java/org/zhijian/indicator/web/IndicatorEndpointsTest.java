package org.zhijian.indicator.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.indicator.Assessments;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.web.ControllerSlice;
import org.zhijian.region.RegionManagement;

/**
 * The indicator, reporting-round and assessment pages and APIs as a web slice over stand-in facades: which facade
 * call each request makes, and how refusals come back.
 */
@ControllerSlice(@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.zhijian\\.indicator\\.web\\..*"))
class IndicatorEndpointsTest {

    static final ErrorCode ROUND_STATE = new ErrorCode("INDICATOR_004", 409);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndicatorManagement indicators;

    @MockitoBean
    Rounds rounds;

    @MockitoBean
    Assessments assessments;

    @MockitoBean
    RegionManagement regions;

    @MockitoBean
    CurrentActor currentActor;

    @Test
    void passesThePlanYearAndRegionOfTheProgressQueryToTheFacade() throws Exception {
        when(indicators.progress(any(), any(), any())).thenReturn(List.of());

        mvc.perform(get("/api/v1/indicators")
                        .param("plan", "HN-14")
                        .param("year", "2025")
                        .param("region", "430100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        verify(indicators).progress("HN-14", 2025, "430100");
    }

    @Test
    void refusesAReviewOutOfTurnWithTheRoundsConflictCode() throws Exception {
        when(rounds.review(7, "430100", false, "数据缺失"))
                .thenThrow(new BusinessRuleViolation(ROUND_STATE, "审核须由提交人以外的人员进行"));

        mvc.perform(post("/api/v1/indicator-rounds/7/prefectures/430100/review")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pass\": false, \"comment\": \"数据缺失\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INDICATOR_004"));
    }

    @Test
    void opensARoundOnlyWithAYear() throws Exception {
        mvc.perform(post("/api/v1/indicator-rounds")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\": \"HN-14\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PLATFORM_003"));

        verifyNoInteractions(rounds);
    }

    @Test
    void turnsEachRoundPageStepIntoItsFacadeCall() throws Exception {
        mvc.perform(post("/indicators/rounds/7/430100/return").with(csrf()).param("comment", "请补充说明"))
                .andExpect(redirectedUrl("/indicators/rounds/7"))
                .andExpect(flash().attribute("flashKey", "indicator.round.done"));
        mvc.perform(post("/indicators/rounds/7/430100/approve").with(csrf()))
                .andExpect(redirectedUrl("/indicators/rounds/7"));

        verify(rounds).review(7, "430100", false, "请补充说明");
        verify(rounds).decide(7, "430100", true, "");
    }

    @Test
    void tellsTheOfficerAboutAnUnknownRoundStepInsteadOfFailing() throws Exception {
        mvc.perform(post("/indicators/rounds/7/430100/skip").with(csrf()))
                .andExpect(redirectedUrl("/indicators/rounds/7"))
                .andExpect(flash().attribute("flashKey", "PLATFORM_003"))
                .andExpect(flash().attribute("flashArg", "skip"));

        verifyNoInteractions(rounds);
    }

    @Test
    void answersAYearWithoutAssessmentWithNotFound() throws Exception {
        when(assessments.result(2024)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/assessments/2024"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PLATFORM_002"));
    }

    @Test
    void recordsAnAssessmentInputOnlyWithAValue() throws Exception {
        mvc.perform(post("/api/v1/assessments/2025/inputs")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"prefecture\": \"430100\", \"item\": \"T1\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/assessments/2025/inputs")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"prefecture\": \"430100\", \"item\": \"T1\", \"value\": 0.5}"))
                .andExpect(status().isOk());

        verify(assessments, times(1)).recordInput(anyInt(), anyString(), anyString(), anyDouble(), any());
        verify(assessments).recordInput(2025, "430100", "T1", 0.5, null);
    }
}
