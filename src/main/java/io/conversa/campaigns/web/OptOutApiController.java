package io.conversa.campaigns.web;

import io.conversa.campaigns.OptOutView;
import io.conversa.campaigns.OptOuts;
import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/opt-outs")
@Tag(name = "Opt-outs", description = "Contacts who receive no bulk sends")
class OptOutApiController {

    private final OptOuts optOuts;

    OptOutApiController(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    /** The contact's opt-out; 404 when it may receive bulk sends. The phone in any format. */
    @GetMapping("/{phone}")
    OptOutView get(CurrentUser user, @PathVariable String phone) {
        return optOuts.find(user.workspaceId(), phone).orElseThrow(() -> DomainException.notFound("Opt-out", phone));
    }

    /** Opts the contact out (source {@code api}); repeating it keeps the first opt-out. */
    @PutMapping("/{phone}")
    OptOutView optOut(CurrentUser user, @PathVariable String phone) {
        return optOuts.optOut(user.workspaceId(), phone, "api", null, user.userId());
    }

    /** The contact may receive bulk sends again. */
    @DeleteMapping("/{phone}")
    ResponseEntity<Void> undo(CurrentUser user, @PathVariable String phone) {
        if (!optOuts.undo(user.workspaceId(), phone)) {
            throw DomainException.notFound("Opt-out", phone);
        }
        return ResponseEntity.noContent().build();
    }
}
