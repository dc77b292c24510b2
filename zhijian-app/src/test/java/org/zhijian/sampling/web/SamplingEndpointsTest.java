package org.zhijian.sampling.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.web.ControllerSlice;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SamplingManagement;
import org.zhijian.sampling.internal.SamplingErrors;

/**
 * The sampling pages and API as a web slice over a stand-in facade: filters bound from the query string, the seed
 * of a draw, and how refusals come back to the API and to the pages.
 */
@ControllerSlice(@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.zhijian\\.sampling\\.web\\..*"))
class SamplingEndpointsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SamplingManagement sampling;

    @MockitoBean
    RegionManagement regions;

    @MockitoBean
    ClassificationManagement classification;

    @MockitoBean
    CurrentActor currentActor;

    @Test
    void bindsEverySampleFilterOfTheApi() throws Exception {
        when(sampling.samples(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 20));

        mvc.perform(get("/api/v1/sampling/records")
                        .param("plan", "3")
                        .param("verdict", "NONCONFORMING")
                        .param("region", "430102")
                        .param("q", "米粉")
                        .param("category", "FOOD-01")
                        .param("enterprise", "91430100MA4L0XXXXX")
                        .param("year", "2026")
                        .param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        verify(sampling)
                .samples(
                        new SampleQuery(3L, "NONCONFORMING", "430102", "米粉", "FOOD-01", "91430100MA4L0XXXXX", 2026),
                        PageRequest.of(null, 20));
    }

    @Test
    void refusesADrawSeedThatIsNotASixtyFourBitInteger() throws Exception {
        mvc.perform(post("/api/v1/sampling/plans/3/draws")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\": \"12ab\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SAMPLING_002"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("64 位整数")));

        verify(sampling, never()).draw(anyLong(), any());
    }

    @Test
    void drawsWithTheGivenSeedOrARandomOneWhenNoneIsGiven() throws Exception {
        Draw pending = mock(Draw.class);
        when(pending.id()).thenReturn(11L);
        when(sampling.draw(anyLong(), any())).thenReturn(pending);

        mvc.perform(post("/api/v1/sampling/plans/3/draws")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\": \" -42 \"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/sampling/draws/11"));
        mvc.perform(post("/api/v1/sampling/plans/4/draws").with(csrf())).andExpect(status().isCreated());

        verify(sampling).draw(3, -42L);
        verify(sampling).draw(4, null);
    }

    @Test
    void answersAnUnknownPlanWithItsOwnNotFoundCode() throws Exception {
        when(sampling.plan(9)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/sampling/plans/9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SAMPLING_001"));
    }

    @Test
    void listsFiftySamplesAPageAndKeepsTheFilterForPaging() throws Exception {
        when(sampling.samples(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 50));

        mvc.perform(get("/sampling/records").param("verdict", "NONCONFORMING").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("sampling/records"))
                .andExpect(model().attribute("baseUrl", Matchers.containsString("verdict=NONCONFORMING")));

        verify(sampling).samples(new SampleQuery(null, "NONCONFORMING", null, null), PageRequest.of(2, 50));
    }

    @Test
    void showsARefusedConfirmationAsTheNextPagesFlashInChinese() throws Exception {
        when(sampling.confirm(5)).thenThrow(new BusinessRuleViolation(SamplingErrors.DRAW_DECIDED, 5, "作废"));

        mvc.perform(post("/sampling/draws/5/confirm").with(csrf()))
                .andExpect(redirectedUrl("/sampling/draws/5"))
                .andExpect(flash().attribute("flashKey", "flash.text"))
                .andExpect(flash().attribute("flashArg", "抽取 5 已作废，不能再确认或作废"));
    }
}
