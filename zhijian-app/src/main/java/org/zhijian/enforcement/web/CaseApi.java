package org.zhijian.enforcement.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.records.endpoints.KindApi;

/** The list of penalty decisions; one decision and its registration are the kinds' shared endpoints. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "行政处罚")
record CaseApi(EnforcementManagement records) implements KindApi<EnforcementCase, CaseQuery> {}
