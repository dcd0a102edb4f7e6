package io.conversa.live.internal;

import io.conversa.live.LiveNotice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several instances on one PostgreSQL: a notice is sent with {@code NOTIFY conversa_live} and every instance,
 * this one included, receives it on a connection of its own that {@code LISTEN}s, and hands it to its hub. When that
 * connection drops, it reconnects with backoff and asks every open browser to redraw (it may have missed notices).
 * Every {@link #CHECK_EVERY} the listening connection makes a round trip, so one that died without a word (a
 * firewall or NAT forgetting an idle connection) is noticed within {@link #NETWORK_TIMEOUT} more.
 */
class PostgresBroadcast implements Broadcast, SmartLifecycle {

    static final String CHANNEL = "conversa_live";
    private static final String LISTEN = "LISTEN " + CHANNEL;
    private static final Logger log = LoggerFactory.getLogger(PostgresBroadcast.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(10);

    /** The notice as it travels in a NOTIFY payload (well under PostgreSQL's 8,000 bytes). */
    record Wire(UUID w, String t, UUID c, UUID m, String s, String ch) {

        static Wire of(LiveNotice n) {
            return new Wire(n.workspaceId(), n.type(), n.conversationId(), n.messageId(), n.status(), n.change());
        }

        LiveNotice notice() {
            return new LiveNotice(0, w, t, c, m, s, ch);
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LiveHub hub;
    private final JsonMapper json;
    private final NotifySender sender;
    private volatile boolean running;
    private Thread listener;

    PostgresBroadcast(DataSource dataSource, JdbcClient jdbc, LiveHub hub, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.hub = hub;
        this.json = json;
        this.sender = new NotifySender(dataSource, CHANNEL);
    }

    @Override
    public void publish(LiveNotice notice) {
        String payload = json.writeValueAsString(Wire.of(notice));
        if (!sender.offer(payload)) {
            jdbc.sql("SELECT pg_notify(?, ?)")
                    .params(CHANNEL, payload)
                    .query((rs, n) -> null)
                    .list();
        }
    }

    @Override
    public void start() {
        running = true;
        sender.start();
        listener = new Thread(this::listen, "live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            sender.stop(); // the queued notices go out before the pool closes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(POLL.multipliedBy(4).toMillis()); // its connection goes back before the pool closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                connection.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.toMillis());
                statement.execute(LISTEN);
                if (reconnecting) {
                    hub.resyncAll(); // notices sent while we were away are lost: browsers redraw
                }
                backoff = Duration.ofSeconds(1);
                receiveUntilStopped(connection.unwrap(PGConnection.class), statement);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Live updates: listening connection lost ({}); retrying in {}", e.getMessage(), backoff);
                reconnecting = true;
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Polls for notifications; every {@link #CHECK_EVERY} repeats the (harmless) LISTEN as a round trip. */
    private void receiveUntilStopped(PGConnection pg, Statement statement) throws SQLException {
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    receive(notification.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck >= 0) {
                statement.execute(LISTEN);
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    /** Hands a notice to the hub; anything else on the channel is logged and skipped, never ends listening. */
    private void receive(String payload) {
        Wire wire;
        try {
            wire = json.readValue(payload, Wire.class);
        } catch (JacksonException e) {
            wire = null;
        }
        if (wire == null || wire.w() == null || wire.t() == null) {
            log.warn("Live updates: ignored a notification that is not a notice: {}", payload);
            return;
        }
        hub.dispatch(wire.notice());
    }
}
