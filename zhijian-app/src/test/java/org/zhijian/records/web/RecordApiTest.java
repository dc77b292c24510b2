package org.zhijian.records.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageResult;
import org.zhijian.records.Field;
import org.zhijian.records.RecordErrors;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordRow;
import org.zhijian.region.RegionManagement;

/** The generic record API as a web slice: the facade is a stand-in, so only routing, binding and errors are tested. */
@WebMvcTest(RecordApi.class)
@WithMockUser
class RecordApiTest {

    static final RecordKind NOTES = RecordKind.builder("notes", "记事")
            .storedIn("note", "note")
            .fields(
                    "note_no",
                    Field.text("note_no", "编号").required(),
                    Field.county("县区").required())
            .build();
    static final RecordKind OWN_PAGES = RecordKind.builder("own", "自有页面")
            .storedIn("own", "own")
            .page("/own/")
            .fields("no", Field.text("no", "编号"), Field.county("县区"))
            .build();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecordManagement records;

    @MockitoBean
    RegionManagement regions;

    @BeforeEach
    void kinds() {
        when(records.kind("notes")).thenReturn(Optional.of(NOTES));
        when(records.kind("own")).thenReturn(Optional.of(OWN_PAGES));
    }

    @Test
    void listsAKindsRecordsWithTheirColumns() throws Exception {
        when(records.list(eq(NOTES), any(), any()))
                .thenReturn(new PageResult<>(List.of(new RecordRow(7, Map.of("note_no", "N-1"))), 1, 1, 50));
        mvc.perform(get("/api/v1/records/notes").param("q", "N"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(7))
                .andExpect(jsonPath("$.items[0].columns.note_no").value("N-1"));
    }

    @Test
    void refusesAKindWithPagesOfItsOwnOrNoSuchKind() throws Exception {
        mvc.perform(get("/api/v1/records/own")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/records/nothing")).andExpect(status().isNotFound());
    }

    @Test
    void answersAnInvalidRecordWithItsProblemsAndCode() throws Exception {
        when(records.register(eq(NOTES), anyMap(), eq(RecordErrors.INVALID), eq(RecordErrors.DUPLICATE)))
                .thenThrow(new BusinessRuleViolation(RecordErrors.INVALID, "编号：编号不能为空"));
        mvc.perform(post("/api/v1/records/notes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"county_code\": \"430102\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("RECORDS_001"));
    }

    @Test
    void registersOneRecordAndAnswersWithIt() throws Exception {
        when(records.register(eq(NOTES), anyMap(), any(), any())).thenReturn(9L);
        when(records.find(NOTES, 9)).thenReturn(Optional.of(new RecordRow(9, Map.of("note_no", "N-9"))));
        mvc.perform(post("/api/v1/records/notes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note_no\": \"N-9\", \"county_code\": 430102}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(9));
    }
}
