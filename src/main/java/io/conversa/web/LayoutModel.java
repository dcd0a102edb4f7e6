package io.conversa.web;

import io.conversa.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the signed-in user and the current path for the active nav item. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("me")
    CurrentUser me(@Nullable CurrentUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
