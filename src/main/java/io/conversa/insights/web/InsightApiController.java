package io.conversa.insights.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.insights.InsightView;
import io.conversa.insights.Insights;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET} the newest insight of a conversation; {@code POST} analyzes it now and answers the new insight. */
@RestController
@RequestMapping("/api/v1/conversations/{id}/insight")
@Tag(name = "Insights")
class InsightApiController {

    private final Insights insights;

    InsightApiController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping
    InsightView latest(CurrentUser user, @PathVariable UUID id) {
        return insights.latest(user.workspaceId(), id).orElseThrow(() -> DomainException.notFound("Insight", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InsightView analyze(CurrentUser user, @PathVariable UUID id) {
        return insights.analyze(user.workspaceId(), id);
    }
}
