package io.conversa.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Bulk sends are not built yet: the page says what to use meanwhile. {@code /settings} opens its first page. */
@Controller
class PendingPagesController {

    @GetMapping("/bulk-sends")
    String bulkSends(Model model) {
        model.addAttribute("section", "bulk-sends");
        return "pending";
    }

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/users";
    }
}
