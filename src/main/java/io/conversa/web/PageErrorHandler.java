package io.conversa.web;

import io.conversa.core.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages that name something that is not there (an unknown customer id) answer the 404 page, not a 500. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, Model model) {
        HttpStatus status = ApiProblemHandler.status(e.kind());
        ModelAndView view = new ModelAndView("error", model.asMap(), status);
        view.addObject("status", status.value());
        return view;
    }
}
