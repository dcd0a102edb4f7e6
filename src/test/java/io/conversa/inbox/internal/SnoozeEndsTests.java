package io.conversa.inbox.internal;

import static io.conversa.whatsapp.WhatsAppTestSupport.ACCESS_TOKEN;
import static io.conversa.whatsapp.WhatsAppTestSupport.APP_SECRET;
import static io.conversa.whatsapp.WhatsAppTestSupport.PHONE_NUMBER_ID;
import static io.conversa.whatsapp.WhatsAppTestSupport.deliver;
import static io.conversa.whatsapp.WhatsAppTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.inbox.ConversationChanged;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.whatsapp.WhatsAppTestSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A snooze that has ended brings the conversation back to "Abiertas" and tells open inboxes; a running one stays. */
@IntegrationTest
@RecordApplicationEvents
class SnoozeEndsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnoozeEnds snoozeEnds;

    @Autowired
    ApplicationEvents events;

    UUID conversationOf(String waId) throws Exception {
        deliver(mvc, text(waId, "Cliente", "wamid.IN-" + UUID.randomUUID(), Instant.now(), "Hola"))
                .andExpect(status().isOk());
        return jdbc.sql("SELECT id FROM conversation WHERE wa_id = ?")
                .param(waId)
                .query(UUID.class)
                .single();
    }

    void snoozeUntil(UUID conversation, Instant until) {
        jdbc.sql("UPDATE conversation SET snoozed_until = ? WHERE id = ?")
                .params(Timestamp.from(until), conversation)
                .update();
    }

    Timestamp snoozedUntil(UUID conversation) {
        return jdbc.sql("SELECT snoozed_until FROM conversation WHERE id = ?")
                .param(conversation)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
    }

    @Test
    void anEndedSnoozeIsClearedAndAnnouncedOnce() throws Exception {
        data.clearInbox();
        data.channel(PHONE_NUMBER_ID, APP_SECRET, ACCESS_TOKEN, WhatsAppTestSupport.VERIFY_TOKEN);
        UUID ended = conversationOf("56961230001");
        UUID running = conversationOf("56961230002");
        snoozeUntil(ended, Instant.now().minusSeconds(5));
        snoozeUntil(running, Instant.now().plus(Duration.ofHours(2)));
        events.clear();

        snoozeEnds.endDue();

        assertThat(snoozedUntil(ended)).isNull();
        assertThat(snoozedUntil(running)).isNotNull();
        assertThat(events.stream(ConversationChanged.class))
                .extracting(ConversationChanged::conversationId, ConversationChanged::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ended, "snooze"));

        events.clear();
        snoozeEnds.endDue();
        assertThat(events.stream(ConversationChanged.class)).isEmpty();
    }
}
