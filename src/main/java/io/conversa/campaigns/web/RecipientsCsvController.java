package io.conversa.campaigns.web;

import io.conversa.campaigns.BulkRecipientView;
import io.conversa.campaigns.BulkSends;
import io.conversa.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A bulk send's recipients as a CSV file (one row each, in order, written as they are read). Text a spreadsheet would
 * run as a formula is prefixed with an apostrophe.
 */
@Controller
class RecipientsCsvController {

    private static final Pattern FORMULA = Pattern.compile("^[=@\\t\\r]|^[+-](?!\\d+$)");

    private final BulkSends bulkSends;

    RecipientsCsvController(BulkSends bulkSends) {
        this.bulkSends = bulkSends;
    }

    @GetMapping("/bulk-sends/{id}/recipients.csv")
    void export(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        bulkSends.get(user.workspaceId(), id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"envio-" + id + ".csv\"");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(
                        "n",
                        "telefono",
                        "estado",
                        "entrega",
                        "motivo",
                        "codigo_error",
                        "enviado",
                        "respondio",
                        "conversacion")
                .get();
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), format)) {
            bulkSends.forEachRecipient(user.workspaceId(), id, r -> print(csv, r));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CSVPrinter csv, BulkRecipientView r) {
        try {
            csv.printRecord(
                    r.seq() + 1,
                    safe(r.phone()),
                    r.state(),
                    r.delivery(),
                    safe(r.errorReason() != null ? r.errorReason() : r.skipReason()),
                    r.errorCode(),
                    r.handedAt(),
                    r.repliedAt(),
                    r.conversationId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(String value) {
        return value != null && FORMULA.matcher(value).find() ? "'" + value : value;
    }
}
