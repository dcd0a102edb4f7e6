package io.conversa.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CannedReplySearchTests {

    static final List<CannedReply> REPLIES = List.of(
            reply("convenio", "Convenio de pago"),
            reply("datos", "Dirección de la oficina"),
            reply("gracias", "Gracias por su pago"),
            reply("saldo", "Saldo pendiente"),
            reply("saludo", "Saludo"),
            reply("transferencia", "Datos bancarios para transferir"));

    static CannedReply reply(String shortcut, String title) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new CannedReply(UUID.randomUUID(), UUID.randomUUID(), shortcut, title, "…", null, now, now, 0);
    }

    static List<String> find(String query) {
        return ReplySearch.of(query).filter(REPLIES).stream()
                .map(CannedReply::shortcut)
                .toList();
    }

    @Test
    void noQueryFindsEveryReplyInTheGivenOrder() {
        assertThat(find(null)).containsExactly("convenio", "datos", "gracias", "saldo", "saludo", "transferencia");
        assertThat(find(" / ")).hasSize(6);
    }

    @Test
    void theShortcutMatchesByPrefixWithOrWithoutTheSlash() {
        assertThat(find("sal")).containsExactly("saldo", "saludo");
        assertThat(find("/SALD")).containsExactly("saldo");
        assertThat(find("aldo")).isEmpty();
    }

    @Test
    void titleWordsMatchByPrefixIgnoringCaseAndAccentsAfterTheShortcutMatches() {
        assertThat(find("dat banc")).containsExactly("transferencia");
        assertThat(find("direccion")).containsExactly("datos");
        assertThat(find("pago")).containsExactly("convenio", "gracias");
        assertThat(find("dat")).containsExactly("datos", "transferencia");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(find("pago gracias")).containsExactly("gracias");
        assertThat(find("pago tarjeta")).isEmpty();
    }
}
