package org.zhijian.records.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.ControllerSlice;

/**
 * The endpoints the four kinds with pages of their own share, as a web slice of their controllers over stand-in
 * facades: routing, binding of each kind's own query, answers and errors, and the export columns from the messages.
 */
@ControllerSlice(
        @ComponentScan.Filter(
                type = FilterType.REGEX,
                pattern = "org\\.zhijian\\.(complaint|injury|enforcement|ecommerce)\\.web\\..*"))
class KindEndpointsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    InjuryManagement injuries;

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    ComplaintManagement complaints;

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    EnforcementManagement cases;

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    ListingManagement listings;

    static Injury anInjury(long id) {
        return new Injury(
                id,
                "HN-INJ-1",
                null,
                "430102",
                "芙蓉区",
                null,
                "5-9",
                "男",
                "烧烫伤",
                "手",
                2,
                "电热水壶",
                null,
                null,
                null,
                null,
                "医院监测",
                null,
                null,
                "UNMATCHED",
                null,
                null);
    }

    @Test
    void eachKindsListBindsItsOwnQueryAndPage() throws Exception {
        when(injuries.search(any(), any())).thenReturn(new PageResult<>(List.of(anInjury(7)), 1, 2, 10, true));
        mvc.perform(get("/api/v1/injuries")
                        .param("q", "壶")
                        .param("severity", "3")
                        .param("page", "2")
                        .param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].caseNo").value("HN-INJ-1"));
        verify(injuries).search(new InjuryQuery("壶", 3, null, null, null, null, null), PageRequest.of(2, 10));

        mvc.perform(get("/api/v1/complaints").param("status", "CLOSED").param("hazard", "FIRE"));
        verify(complaints)
                .search(new ComplaintQuery(null, "CLOSED", null, null, null, null, "FIRE"), PageRequest.of(1, 20));
        mvc.perform(get("/api/v1/cases").param("region", "4301"));
        verify(cases).search(new CaseQuery(null, "4301", null, null), PageRequest.of(1, 20));
        mvc.perform(get("/api/v1/listings").param("status", "OVERDUE").param("platform", "淘宝"));
        verify(listings).search(new ListingQuery(null, "OVERDUE", "淘宝", null, null, null), PageRequest.of(1, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"injuries", "complaints", "cases", "listings"})
    void answersARecordOutsideTheReadersAreaWithNotFound(String kind) throws Exception {
        mvc.perform(get("/api/v1/" + kind + "/404"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PLATFORM_002"));
    }

    @Test
    void registersOneRecordFromItsFieldsAsText() throws Exception {
        when(injuries.register(anyMap())).thenReturn(anInjury(9));
        mvc.perform(post("/api/v1/injuries")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"case_no\": \"HN-INJ-1\", \"severity\": 2, \"county_code\": 430102}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(9));
        verify(injuries).register(Map.of("case_no", "HN-INJ-1", "severity", "2", "county_code", "430102"));
    }

    @Test
    void passesAnOfficersClassificationOnForClassifiedKindsOnly() throws Exception {
        when(injuries.classify(5, "CON-EE", "")).thenReturn(anInjury(5));
        mvc.perform(put("/api/v1/injuries/5/classification")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\": \"CON-EE\", \"hazard\": \"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(5));
        mvc.perform(put("/api/v1/cases/5/classification")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aRecordPagesClassificationGoesBackToTheRecordWithItsOutcome() throws Exception {
        mvc.perform(post("/complaints/3/classification").with(csrf()).param("category", "CON-EE"))
                .andExpect(redirectedUrl("/complaints/3"))
                .andExpect(flash().attribute("flashKey", "classified.saved"));
        verify(complaints).classify(3, "CON-EE", null);

        when(injuries.classify(4, "NOPE", null)).thenThrow(new BusinessRuleViolation(PlatformErrors.NOT_FOUND, 4));
        mvc.perform(post("/injuries/4/classification").with(csrf()).param("category", "NOPE"))
                .andExpect(redirectedUrl("/injuries/4"))
                .andExpect(flash().attribute("flashKey", "classified.notSaved"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"injuries", "complaints", "cases", "listings"})
    void exportsTheColumnsTheMessagesDeclare(String kind) throws Exception {
        when(injuries.search(any(), any())).thenReturn(new PageResult<>(List.of(anInjury(1)), 1, 1, 500, true));
        when(complaints.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 500, true));
        when(cases.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 500, true));
        when(listings.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 500, true));
        byte[] xlsx = mvc.perform(get("/" + kind + "/export"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> header = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).getRow(0).forEach((Cell c) -> header.add(c.getStringCellValue()));
            if (kind.equals("injuries")) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                        .isEqualTo("芙蓉区");
            }
        }
        assertThat(header).hasSizeGreaterThan(10).doesNotContain("").first().isIn("病例编号", "工单编号", "决定书文号", "发现日期");
    }

    @ParameterizedTest
    @CsvSource({"injuries, severity=3", "complaints, status=CLOSED", "cases, region=4301", "listings, status=OVERDUE"})
    void listsEachKindsRecordsFiftyAPageUnderItsOwnFilter(String kind, String filter) throws Exception {
        when(injuries.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 50, true));
        when(complaints.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 50, true));
        when(cases.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 50, true));
        when(listings.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 2, 50, true));
        String[] f = filter.split("=");
        mvc.perform(get("/" + kind).param(f[0], f[1]).param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name(kind + "/list"))
                .andExpect(model().attribute("filter", containsString(filter)))
                .andExpect(model().attributeExists("query", "result", "crumbs"));
    }

    @Test
    void namesEachExportFileAfterItsKind() throws Exception {
        when(listings.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 500, true));
        when(cases.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 1, 500, true));
        mvc.perform(get("/listings/export"))
                .andExpect(header().string("Content-Disposition", containsString("%E7%94%B5%E5%95%86")));
        mvc.perform(get("/cases/export"))
                .andExpect(header().string("Content-Disposition", containsString("%E8%A1%8C%E6%94%BF")));
    }

    @Test
    void readsNoRecordWhenTheFacadeFindsNone() throws Exception {
        when(listings.find(8)).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/listings/8")).andExpect(status().isNotFound());
    }
}
