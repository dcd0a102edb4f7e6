package io.conversa.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The inbox and bulk sends need a connected WhatsApp number; until one is connected these pages say so and point
 * to where it is configured.
 */
@Controller
class PendingPagesController {

    @GetMapping("/conversations")
    String conversations(Model model) {
        model.addAttribute("section", "conversations");
        return "pending";
    }

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
