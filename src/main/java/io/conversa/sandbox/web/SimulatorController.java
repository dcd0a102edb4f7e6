package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.Place;
import io.conversa.sandbox.internal.SandboxNumber;
import io.conversa.sandbox.internal.WaIds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The customer simulator page: chat with the app as one of its customers, through the sandbox's webhooks. */
@Controller
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
class SimulatorController {

    private final Environment environment;

    SimulatorController(Environment environment) {
        this.environment = environment;
    }

    @GetMapping("/sandbox")
    String simulator(Model model) {
        SandboxNumber number = SandboxNumber.from(environment);
        model.addAttribute("businessName", SandboxNumber.VERIFIED_NAME);
        model.addAttribute("businessNumber", number.displayPhoneNumber());
        model.addAttribute("undeliverableSuffix", WaIds.UNDELIVERABLE_SUFFIX);
        model.addAttribute("place", Place.SANTIAGO);
        return "sandbox/simulator";
    }
}
