package org.zhijian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Chinese 403 page that the security layer forwards to. */
@Controller
class ErrorPages {

    @RequestMapping("/error/forbidden")
    String forbidden(HttpServletRequest request, Model model) {
        model.addAttribute("status", 403);
        return "error";
    }
}
