package io.conversa.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.inbox.ConversationChanged;
import io.conversa.live.internal.LiveHub;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What an open inbox hears: notices after commit, only its workspace's, from any instance, and catch-up. */
@IntegrationTest
class LiveUpdatesTests {

    @Autowired
    LiveHub hub;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    final List<LiveNotice> heard = new CopyOnWriteArrayList<>();
    final List<LiveNotice> otherWorkspaceHeard = new CopyOnWriteArrayList<>();
    final LiveHub.Subscriber ours = heard::add;
    final LiveHub.Subscriber theirs = otherWorkspaceHeard::add;
    final UUID otherWorkspace = UUID.randomUUID();

    @BeforeEach
    void subscribe() {
        hub.subscribe(data.workspace().value(), ours);
        hub.subscribe(otherWorkspace, theirs);
    }

    @AfterEach
    void unsubscribe() {
        hub.unsubscribe(data.workspace().value(), ours);
        hub.unsubscribe(otherWorkspace, theirs);
    }

    void publishInTransaction(UUID conversationId, String change, boolean commit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new ConversationChanged(data.workspace(), conversationId, change));
            if (!commit) {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void aCommittedChangeReachesTheWorkspaceAndARolledBackOneNever() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        publishInTransaction(rolledBack, "priority", false);
        publishInTransaction(committed, "tags", true);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(n -> committed.equals(n.conversationId())));
        // notices arrive in order: the rolled-back one would have come first
        assertThat(heard).noneMatch(n -> rolledBack.equals(n.conversationId()));
        LiveNotice notice = heard.stream()
                .filter(n -> committed.equals(n.conversationId()))
                .findFirst()
                .orElseThrow();
        assertThat(notice.type()).isEqualTo("conversation");
        assertThat(notice.change()).isEqualTo("tags");
        assertThat(notice.seq()).isPositive();
        assertThat(otherWorkspaceHeard).isEmpty();
    }

    @Test
    void aNoticeFromAnotherInstanceArrivesThroughPostgres() {
        UUID conversation = UUID.randomUUID();
        String payload = "{\"w\":\"" + data.workspace().value() + "\",\"t\":\"message\",\"c\":\"" + conversation
                + "\",\"m\":\"" + UUID.randomUUID() + "\"}";

        // a plain connection, as another instance would send it
        jdbc.sql("SELECT pg_notify('conversa_live', ?)")
                .param(payload)
                .query((rs, n) -> null)
                .list();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(n -> conversation.equals(n.conversationId())));
        assertThat(otherWorkspaceHeard).isEmpty();
    }

    @Test
    void aReconnectingBrowserGetsWhatItMissedOrIsToldToRedraw() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publishInTransaction(first, "note", true);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(n -> first.equals(n.conversationId())));
        long seenUpTo = heard.get(heard.size() - 1).seq();
        publishInTransaction(second, "note", true);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(n -> second.equals(n.conversationId())));

        assertThat(hub.since(data.workspace().value(), seenUpTo).orElseThrow())
                .extracting(LiveNotice::conversationId)
                .containsExactly(second);
        assertThat(hub.since(data.workspace().value(), Long.MAX_VALUE)).isEmpty(); // an id from another run
    }

    @Test
    void theEventStreamSendsNoticesToTheSignedInUsersBrowser() throws Exception {
        MockHttpSession agent = TestLogins.login(mvc, data.user(Role.AGENT));
        MvcResult stream = mvc.perform(get("/live/events").session(agent))
                .andExpect(request().asyncStarted())
                .andReturn();
        UUID conversation = UUID.randomUUID();

        publishInTransaction(conversation, "status", true);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> stream.getResponse().getContentAsString().contains(conversation.toString()));
        assertThat(stream.getResponse().getContentAsString())
                .contains("event:conversation")
                .contains("\"change\":\"status\"")
                .doesNotContain("workspaceId");
    }

    @Test
    void anUnknownLastEventIdStartsWithAResync() throws Exception {
        MockHttpSession agent = TestLogins.login(mvc, data.user(Role.AGENT));
        MvcResult stream = mvc.perform(get("/live/events").session(agent).header("Last-Event-ID", "999999999"))
                .andExpect(request().asyncStarted())
                .andReturn();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> stream.getResponse().getContentAsString().contains("event:resync"));
    }

    @Test
    void signedOutVisitorsGetNoStream() throws Exception {
        mvc.perform(get("/live/events")).andExpect(status().is3xxRedirection());
    }
}
