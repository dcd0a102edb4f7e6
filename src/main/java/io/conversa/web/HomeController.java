package io.conversa.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the inbox. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/conversations";
    }
}
