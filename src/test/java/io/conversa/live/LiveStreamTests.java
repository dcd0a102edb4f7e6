package io.conversa.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.identity.Users;
import io.conversa.inbox.ConversationChanged;
import io.conversa.live.internal.LiveHub;
import io.conversa.live.internal.SseSubscribers;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /live/events} as browsers use it: only their workspace's notices, from this instance or another one (a
 * NOTIFY on a plain connection), catch-up with {@code Last-Event-ID}, a resync when that is not possible, a bounded
 * number of streams per user, and a listening connection that comes back after it is cut.
 */
@IntegrationTest
class LiveStreamTests {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Pattern EVENT = Pattern.compile("id:(\\S+)\nevent:(\\w+)\ndata:(.*)\n");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    @Autowired
    LiveHub hub;

    record Event(String id, String type, String data) {}

    MockHttpSession signIn() throws Exception {
        return TestLogins.login(mvc, data.user(Role.AGENT));
    }

    MvcResult open(MockHttpSession session, String lastEventId) throws Exception {
        var request = get("/live/events").session(session);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
    }

    static List<Event> events(MvcResult stream) throws Exception {
        Matcher matcher = EVENT.matcher(stream.getResponse().getContentAsString());
        List<Event> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new Event(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return found;
    }

    static Event awaitEvent(MvcResult stream, String contained) {
        return await().atMost(WAIT)
                .until(
                        () -> events(stream).stream()
                                .filter(e -> e.data().contains(contained))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    UUID changeCommitted(WorkspaceId workspace) {
        UUID conversation = UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> events.publishEvent(new ConversationChanged(workspace, conversation, "assignee")));
        return conversation;
    }

    /** A notice sent the way another instance sends it: NOTIFY on a connection of its own. */
    void notifyFromAnotherInstance(String payload) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        environment.getRequiredProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('conversa_live', ?)")) {
            notify.setString(1, payload);
            notify.execute();
        }
    }

    static String messageNotice(WorkspaceId workspace, UUID conversation) {
        return "{\"w\":\"" + workspace.value() + "\",\"t\":\"message\",\"c\":\"" + conversation + "\",\"m\":\""
                + UUID.randomUUID() + "\"}";
    }

    @Test
    void anotherWorkspacesBrowserHearsNothingOfOurs() throws Exception {
        WorkspaceId other = otherWorkspace();
        String theirEmail = "agent-" + UUID.randomUUID() + "@otra.test";
        users.create(other, theirEmail, "Otra Agente", TestData.PASSWORD, Role.AGENT);
        MvcResult theirs = open(TestLogins.login(mvc, theirEmail), null);
        MvcResult ours = open(signIn(), null);

        UUID ourConversation = changeCommitted(data.workspace());
        UUID theirConversation = changeCommitted(other);

        awaitEvent(ours, ourConversation.toString());
        awaitEvent(theirs, theirConversation.toString()); // sent after ours: had ours reached them, it would be here
        assertThat(theirs.getResponse().getContentAsString()).doesNotContain(ourConversation.toString());
        assertThat(ours.getResponse().getContentAsString()).doesNotContain(theirConversation.toString());
    }

    @Test
    void aNoticeNotifiedFromAnotherInstancesConnectionReachesTheBrowser() throws Exception {
        MvcResult stream = open(signIn(), null);
        UUID conversation = UUID.randomUUID();

        notifyFromAnotherInstance(messageNotice(data.workspace(), conversation));

        Event event = awaitEvent(stream, conversation.toString());
        assertThat(event.type()).isEqualTo("message");
        assertThat(event.data()).contains("\"type\":\"message\"").contains("\"messageId\"");
    }

    @Test
    void aBrowserReconnectingWithItsLastIdGetsWhatItMissedInOrder() throws Exception {
        MockHttpSession session = signIn();
        MvcResult first = open(session, null);
        Event seen = awaitEvent(first, changeCommitted(data.workspace()).toString());
        UUID missed1 = changeCommitted(data.workspace());
        UUID missed2 = changeCommitted(data.workspace());
        awaitEvent(first, missed2.toString()); // the instance has them: the browser's connection had dropped

        MvcResult again = open(session, seen.id());

        awaitEvent(again, "\"ready\"");
        assertThat(events(again))
                .extracting(e -> e.type() + " " + conversationIn(e.data()))
                .containsExactly("conversation " + missed1, "conversation " + missed2, "ready ");
    }

    @Test
    void aLongCatchUpArrivesWhole() throws Exception {
        MockHttpSession session = signIn();
        Event ready = awaitEvent(open(session, null), "\"ready\"");
        for (int i = 0; i < LiveHub.KEPT; i++) {
            hub.dispatch(new LiveNotice(0, data.workspace().value(), "message", UUID.randomUUID(), null, null, null));
        }

        MvcResult again = open(session, ready.id());

        awaitEvent(again, "\"ready\"");
        assertThat(events(again)).hasSize(LiveHub.KEPT + 1);
    }

    @Test
    void aBrowserThatHeardNothingYetStillCatchesUpFromWhereItOpened() throws Exception {
        MockHttpSession session = signIn();
        MvcResult first = open(session, null);
        Event ready = awaitEvent(first, "\"ready\"");
        UUID missed = changeCommitted(data.workspace());
        awaitEvent(first, missed.toString());

        MvcResult again = open(session, ready.id());

        awaitEvent(again, "\"ready\"");
        assertThat(events(again)).extracting(Event::type).containsExactly("conversation", "ready");
        assertThat(conversationIn(events(again).get(0).data())).isEqualTo(missed.toString());
    }

    @Test
    void anIdThisInstanceDidNotGiveStartsWithOneResyncThatItsIdEnds() throws Exception {
        MockHttpSession session = signIn();

        for (String unknown : List.of("0a1b2c3d-5", "17", "nonsense")) {
            MvcResult stream = open(session, unknown);
            Event resync = awaitEvent(stream, "\"resync\"");
            assertThat(resync.type()).isEqualTo("resync");

            MvcResult again = open(session, resync.id());
            awaitEvent(again, "\"ready\"");
            assertThat(events(again)).extracting(Event::type).doesNotContain("resync");
        }
    }

    @Test
    void oneUserKeepsABoundedNumberOfStreamsAndAClosedOneFreesItsPlace() throws Exception {
        MockHttpSession session = signIn();
        List<MvcResult> streams = new ArrayList<>();
        for (int i = 0; i < SseSubscribers.MAX_STREAMS_PER_USER; i++) {
            streams.add(open(session, null));
        }

        mvc.perform(get("/live/events").session(session)).andExpect(status().isServiceUnavailable());
        open(signIn(), null); // another user of the workspace is not held back

        streams.get(0).getRequest().getAsyncContext().complete(); // the browser went away
        open(session, null);
    }

    @Test
    void somethingElseOnTheChannelIsSkippedAndListeningGoesOn() throws Exception {
        MvcResult stream = open(signIn(), null);
        UUID conversation = UUID.randomUUID();

        notifyFromAnotherInstance("not a notice");
        notifyFromAnotherInstance("{}");
        notifyFromAnotherInstance(messageNotice(data.workspace(), conversation));

        awaitEvent(stream, conversation.toString());
        assertThat(events(stream)).extracting(Event::type).containsExactly("ready", "message");
    }

    @Test
    void aCutListeningConnectionComesBackAndBrowsersRedraw() throws Exception {
        MockHttpSession session = signIn();
        MvcResult stream = open(session, null);
        Event beforeTheCut =
                awaitEvent(stream, changeCommitted(data.workspace()).toString());

        int cut = jdbc.sql("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = current_database() AND query = 'LISTEN conversa_live'
                          AND pid <> pg_backend_pid()""").query(Boolean.class).list().size();
        assertThat(cut).isPositive();

        awaitEvent(stream, "\"resync\""); // sent once it listens again
        UUID afterTheCut = UUID.randomUUID();
        notifyFromAnotherInstance(messageNotice(data.workspace(), afterTheCut));
        awaitEvent(stream, afterTheCut.toString());
        // a browser that was away during the cut cannot know what it missed: it redraws
        awaitEvent(open(session, beforeTheCut.id()), "\"resync\"");
    }

    static String conversationIn(String json) {
        Matcher matcher = Pattern.compile("\"conversationId\":\"([^\"]+)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Another tenant; created far in the future so that it never becomes the installation's primary workspace. */
    WorkspaceId otherWorkspace() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO workspace (id, name, default_country, time_zone, currency, locale, created_at)
                        VALUES (?, 'Otra Empresa', 'CL', 'America/Santiago', 'CLP', 'es', ?)""")
                .params(id, Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")))
                .update();
        return new WorkspaceId(id);
    }
}
