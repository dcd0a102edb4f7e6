package io.conversa.web;

import io.conversa.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the signed-in user and the current path for the active nav item. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final boolean sandbox;

    LayoutModel(Environment environment) {
        this.sandbox = environment.getProperty("conversa.sandbox.enabled", Boolean.class, false);
    }

    /** Whether the WhatsApp sandbox is on: the navigation then offers its customer simulator. */
    @ModelAttribute("sandboxOn")
    boolean sandboxOn() {
        return sandbox;
    }

    @ModelAttribute("me")
    CurrentUser me(@Nullable CurrentUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
