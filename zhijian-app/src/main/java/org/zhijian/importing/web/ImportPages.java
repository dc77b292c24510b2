package org.zhijian.importing.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;

/** The upload page and the job page, which polls its own progress with htmx while the import runs. */
@Controller
@RequestMapping("/imports")
class ImportPages {

    private final ImportManagement imports;

    ImportPages(ImportManagement imports) {
        this.imports = imports;
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "enterprises") String kind, Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute(
                "formats",
                imports.kinds().stream()
                        .flatMap(k -> imports.formats(k.key()).stream())
                        .toList());
        model.addAttribute("selectedKind", kind);
        model.addAttribute("jobs", imports.recent(20));
        return "imports/index";
    }

    @PostMapping
    String upload(
            @RequestParam String kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "false") boolean updateExisting,
            @RequestParam(required = false) String format,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("flashKey", "import.noFile");
            return "redirect:/imports?kind=" + kind;
        }
        Path tmp = Files.createTempFile("zhijian-upload", ".bin");
        file.transferTo(tmp);
        ImportJob job =
                imports.submit(kind, tmp, ImportApi.nameOf(file), new ImportOptions(validOnly, updateExisting, format));
        return "redirect:/imports/" + job.id();
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model) {
        ImportJob job = find(id);
        model.addAttribute("job", job);
        model.addAttribute("crumbs", Crumb.belowAs("nav.imports", "/imports", "import.job.title", job.id()));
        return "imports/job";
    }

    @GetMapping("/{id}/status")
    String status(@PathVariable long id, Model model) {
        model.addAttribute("job", find(id));
        return "imports/job :: status";
    }

    private ImportJob find(long id) {
        return imports.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }
}
