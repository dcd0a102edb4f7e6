package io.conversa.receivables.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.receivables.ImportKind;
import io.conversa.receivables.ImportReport;
import io.conversa.receivables.Imports;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "CSV import of customers, invoices and payments")
class ImportApiController {

    private final Imports imports;
    private final MessageSource messages;

    ImportApiController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** Imports a UTF-8 CSV ({@code text/csv}) whose header names the JSON fields; answers the per-row report. */
    @PostMapping(
            path = "/{kind}",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportReport importCsv(CurrentUser user, @PathVariable String kind, HttpServletRequest request) throws IOException {
        ImportKind importKind =
                ImportKind.fromPath(kind).orElseThrow(() -> DomainException.notFound("Import kind", kind));
        MessageResolver resolver =
                (key, args, fallback) -> messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
        return imports.importCsv(user.workspaceId(), importKind, request.getInputStream(), resolver);
    }
}
