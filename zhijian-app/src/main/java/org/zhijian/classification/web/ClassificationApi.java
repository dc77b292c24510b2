package org.zhijian.classification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.Industry;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "行业与产品分类")
class ClassificationApi {

    private final ClassificationManagement classification;

    ClassificationApi(ClassificationManagement classification) {
        this.classification = classification;
    }

    @GetMapping("/industries")
    @Operation(summary = "GB/T 4754-2017 门类和大类", description = "page 从 1 开始，size ≤ 500")
    PageResult<Industry> industries(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.slice(classification.industries(), PageRequest.of(page, size));
    }

    @GetMapping("/product-categories")
    @Operation(summary = "产品分类树（扁平列表，parent 指向上级）", description = "page 从 1 开始，size ≤ 500")
    PageResult<CategoryView> categories(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.slice(classification.categories(), PageRequest.of(page, size))
                .map(CategoryView::of);
    }

    @PostMapping("/product-categories")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增产品分类（代码一经使用不可更改）")
    CategoryView add(@Valid @RequestBody NewProductCategory request) {
        return CategoryView.of(classification.addCategory(request, "api"));
    }
}
