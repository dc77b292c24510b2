package org.zhijian.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "数据导入", description = "CSV（UTF-8、UTF-8 BOM、GB18030）与 XLSX 文件导入")
class ImportApi {

    private final ImportManagement imports;

    ImportApi(ImportManagement imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传文件并在后台导入",
            description = "返回导入任务；用 GET /api/v1/imports/{id} 查询进度和结果。format：template（默认，CSV/XLSX 模板）"
                    + "或该类型的原始格式（recalls：openfda、rasff、cpsc）")
    ResponseEntity<ImportJob> upload(
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "false") boolean updateExisting,
            @RequestParam(required = false) String format)
            throws IOException {
        imports.findKind(kind).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, kind));
        Path tmp = Files.createTempFile("zhijian-upload", ".bin");
        file.transferTo(tmp);
        ImportJob job = imports.submit(kind, tmp, nameOf(file), new ImportOptions(validOnly, updateExisting, format));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create("/api/v1/imports/" + job.id()))
                .body(job);
    }

    @GetMapping
    @Operation(summary = "导入任务，最新的在前", description = "page 从 1 开始，size ≤ 500")
    PageResult<ImportJob> recent(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return imports.page(PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "导入任务的状态、进度、计数和报告链接")
    ImportJob one(@PathVariable long id) {
        return imports.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "下载错误报告（CSV）")
    ResponseEntity<Resource> report(@PathVariable long id) {
        Path report = imports.report(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("导入错误报告-" + id + ".csv", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new FileSystemResource(report));
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "下载导入模板（XLSX，含下拉列表和示例行）")
    ResponseEntity<byte[]> template(@PathVariable String kind) throws IOException {
        var kindSpec =
                imports.findKind(kind).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, kind));
        var out = new java.io.ByteArrayOutputStream();
        imports.writeTemplate(kind, out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(kindSpec.label() + "导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    static String nameOf(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank()
                ? "upload"
                : Path.of(name).getFileName().toString();
    }
}
