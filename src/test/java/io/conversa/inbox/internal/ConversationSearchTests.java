package io.conversa.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Instant;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search walks the list for words common in messages and collects the matches for rare ones. */
@IntegrationTest
class ConversationSearchTests {

    @Autowired
    ConversationSearch search;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    JdbcClient jdbc;

    ChannelView channel;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        channel = data.channel("106540352242922", "search-secret", "search-token", "search-verify");
    }

    ConversationSearch.Plan plan(String words) {
        return search.plan(data.workspace(), words, new HashMap<>());
    }

    @Test
    void wordsInFewMessagesAreCollectedThroughTheIndexesAndWordsInManyWalkTheList() {
        UUID busy = messages.writes(channel, "56911117001", "Cliente", "primera cuota", Instant.now());
        jdbc.sql("""
                        INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text,
                            status, attempts, occurred_at, created_at, version)
                        SELECT gen_random_uuid(), workspace_id, id, channel_id, 'inbound', 'text',
                               'la cuota número ' || x, 'received', 0, now(), now(), 0
                          FROM conversation, generate_series(1, 2100) x WHERE id = ?""").param(busy).update();
        jdbc.sql("ANALYZE message").update();

        assertThat(plan("cuota").where()).as("walk").contains("EXISTS");
        assertThat(plan("cuota").from()).isEqualTo("conversation c");
        assertThat(plan("xilófono").where()).as("collect").isNull();
        assertThat(plan("xilófono").from()).contains("UNION ALL");
    }

    @Test
    void theWordsAreParametersNeverPartOfTheStatement() {
        var params = new HashMap<String, Object>();
        ConversationSearch.Plan plan = search.plan(data.workspace(), "x' OR 1=1 --", params);

        assertThat(plan.from() + plan.where()).doesNotContain("1=1");
        assertThat(params.get("text")).isEqualTo("%x' OR 1=1 --%");
    }
}
