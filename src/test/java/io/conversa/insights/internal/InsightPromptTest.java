package io.conversa.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.insights.offline.ConversationInput;
import io.conversa.insights.offline.ConversationInput.Direction;
import io.conversa.insights.offline.ConversationInput.Message;
import io.conversa.insights.offline.ConversationInput.Receivables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsightPromptTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "120000 | CLP | $120.000",
                "1250000.4 | COP | $1.250.000",
                "68400 | ARS | $68.400",
                "68400.5 | ARS | $68.400,50",
                "2850 | MXN | $2,850.00",
                "1340 | PEN | S/ 1,340.00",
                "99.9 | USD | $99.90",
                "500 | EUR | EUR 500.00"
            })
    void amountsAsTheTeamWritesThem(String amount, String currency, String written) {
        assertThat(InsightPrompt.money(new BigDecimal(amount), currency)).isEqualTo(written);
    }

    @Test
    void englishWorkspacesGetEnglishLabelsAndAnEnglishAnswer() {
        ConversationInput conversation = new ConversationInput(
                List.of(new Message(Direction.INBOUND, OffsetDateTime.parse("2026-03-10T09:00:00-05:00"), "hi\nthere")),
                ZoneId.of("America/Bogota"),
                "USD",
                "en",
                new Receivables("Ann Lee", BigDecimal.TEN, List.of()));

        assertThat(InsightPrompt.system("en")).contains("2 to 4 sentences in English");
        assertThat(InsightPrompt.user(conversation, LocalDate.of(2026, 3, 10)))
                .contains("Overdue invoices: none")
                .contains("[2026-03-10 09:00] customer: hi / there")
                .doesNotContain("Ann Lee");
    }

    @Test
    void onlyTheNewestMessagesGoInAndLongOnesAreCut() {
        List<Message> messages = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2026-03-01T10:00:00-03:00");
        for (int i = 0; i < InsightPrompt.MAX_MESSAGES + 5; i++) {
            messages.add(new Message(Direction.OUTBOUND, start.plusMinutes(i), "mensaje " + i));
        }
        messages.add(new Message(Direction.INBOUND, start.plusHours(3), "x".repeat(3_000)));
        ConversationInput conversation =
                new ConversationInput(messages, ZoneId.of("America/Santiago"), "CLP", "es", null);

        String user = InsightPrompt.user(conversation, LocalDate.of(2026, 3, 1));

        assertThat(user)
                .contains("(6 earlier messages left out)")
                .doesNotContain("mensaje 5\n")
                .contains("mensaje 6\n");
        assertThat(user)
                .contains("x".repeat(InsightPrompt.MAX_MESSAGE_CHARS) + "…")
                .doesNotContain("x".repeat(1_001));
    }
}
