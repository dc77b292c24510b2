package org.zhijian.injury.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.records.endpoints.ClassifiedKindApi;

/** The injury list; one case, its registration and its classification are the kinds' shared endpoints. */
@RestController
@RequestMapping("/api/v1/injuries")
@Tag(name = "产品伤害")
record InjuryApi(InjuryManagement records) implements ClassifiedKindApi<Injury, InjuryQuery> {}
