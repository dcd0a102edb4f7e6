package io.conversa.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /settings} opens its first page. */
@Controller
class PendingPagesController {

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/users";
    }
}
