package org.zhijian.recall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.ControllerSlice;
import org.zhijian.recall.Recall;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.recall.RecallSource;

/**
 * The recall pages and API as a web slice over a stand-in facade: binding of the filters, answers and errors, and
 * the export columns from the messages.
 */
@ControllerSlice(@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.zhijian\\.recall\\.web\\..*"))
class RecallEndpointsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecallManagement recalls;

    static Recall aForeignRecall(long id) {
        return new Recall(
                id,
                RecallSource.RASFF,
                "2026.1234",
                null,
                "serious",
                null,
                LocalDate.of(2026, 11, 3),
                "电热水壶",
                null,
                "Acme",
                "K-1",
                null,
                null,
                null,
                "触电",
                null,
                "China",
                "长沙某电器有限公司",
                null,
                null,
                "Germany",
                null,
                null,
                null,
                "https://example.org/2026.1234",
                null,
                "UNRESOLVED",
                null,
                null);
    }

    @Test
    void searchesTheApiByEveryFilterAndPage() throws Exception {
        when(recalls.search(any(), any())).thenReturn(new PageResult<>(List.of(aForeignRecall(4)), 1, 2, 10));
        mvc.perform(get("/api/v1/recalls")
                        .param("source", "RASFF")
                        .param("country", "China")
                        .param("link", "UNRESOLVED")
                        .param("category", "CON-EE")
                        .param("page", "2")
                        .param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].reference").value("2026.1234"));
        verify(recalls)
                .search(new RecallQuery("RASFF", "China", null, "UNRESOLVED", null, "CON-EE"), PageRequest.of(2, 10));
    }

    @Test
    void answersAnUnknownRecallWithNotFoundInBothApiAndPages() throws Exception {
        when(recalls.find(9)).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/recalls/9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PLATFORM_002"));
        mvc.perform(get("/recalls/9")).andExpect(status().isNotFound());
    }

    @Test
    void listsFiftyAPageAndKeepsTheFilterForPaging() throws Exception {
        when(recalls.search(any(), any())).thenReturn(new PageResult<>(List.of(), 0, 3, 50));
        mvc.perform(get("/recalls").param("source", "CPSC").param("q", "壶").param("page", "3"))
                .andExpect(status().isOk())
                .andExpect(view().name("recalls/list"))
                .andExpect(model().attribute("baseUrl", containsString("source=CPSC")));
        verify(recalls).search(new RecallQuery("CPSC", null, "壶", null), PageRequest.of(3, 50));
    }

    @Test
    void exportsTheColumnsTheMessagesDeclare() throws Exception {
        when(recalls.search(any(), any())).thenReturn(new PageResult<>(List.of(aForeignRecall(1)), 1, 1, 500));
        byte[] xlsx = mvc.perform(get("/recalls/export"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).getRow(0).forEach((Cell c) -> header.add(c.getStringCellValue()));
            book.getSheetAt(0).getRow(1).forEach((Cell c) -> row.add(c.toString()));
        }
        assertThat(header).hasSize(16).startsWith("来源", "编号", "召回日期").endsWith("关联企业信用代码", "链接");
        assertThat(row).contains("2026.1234", "电热水壶", "Germany", "https://example.org/2026.1234");
    }

    @Test
    void takesAWatchDecisionAndGoesBackToTheSameQueue() throws Exception {
        mvc.perform(post("/api/v1/recalls/watch/4/91430100MA4L0XXXXX")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"FOLLOWING\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/recalls/watch/4/91430100MA4L0XXXXX")
                        .with(csrf())
                        .param("status", "DISMISSED")
                        .param("from", "NEW"))
                .andExpect(redirectedUrl("/recalls/watch?status=NEW"));
        verify(recalls).decideWatch(4, "91430100MA4L0XXXXX", "FOLLOWING");
        verify(recalls).decideWatch(4, "91430100MA4L0XXXXX", "DISMISSED");
    }

    @Test
    void tellsTheOfficerWhenALinkIsRefused() throws Exception {
        doThrow(new BusinessRuleViolation(PlatformErrors.NOT_FOUND, 5))
                .when(recalls)
                .link(5, "X");
        mvc.perform(post("/recalls/5/link").with(csrf()).param("uscc", "X"))
                .andExpect(redirectedUrl("/recalls/5"))
                .andExpect(flash().attribute("flashKey", "recall.linkFailed"));
    }
}
