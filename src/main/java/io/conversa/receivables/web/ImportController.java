package io.conversa.receivables.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.receivables.ImportKind;
import io.conversa.receivables.Imports;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Importar CSV: upload customers, invoices or payments and read the per-row report. */
@Controller
class ImportController {

    private final Imports imports;
    private final MessageSource messages;

    ImportController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/customers/import")
    String form(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        return "customers/import";
    }

    @PostMapping("/customers/import")
    String upload(
            CurrentUser user,
            @RequestParam(defaultValue = "customers") String kind,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("selectedKind", kind);
        ImportKind importKind = ImportKind.fromPath(kind).orElse(null);
        if (importKind == null || file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("import.error.noFile", null, locale));
            return "customers/import";
        }
        MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
        try (InputStream csv = file.getInputStream()) {
            model.addAttribute("report", imports.importCsv(user.workspaceId(), importKind, csv, resolver));
        } catch (DomainException e) {
            model.addAttribute("fileError", resolver.describe(e));
        }
        return "customers/import";
    }
}
