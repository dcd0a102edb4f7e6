package io.conversa.live.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends NOTIFY payloads from a thread of its own, every payload waiting at that moment in one statement and one
 * transaction, in the order they were queued. Each NOTIFY transaction costs PostgreSQL a commit (a WAL flush) under
 * its database-wide notify lock; a bulk send announces two changes per message, so one transaction per notice made
 * those commits a large share of the database's work and the callers waited on them. Under load, notices queue
 * while the previous statement runs and go out together; when idle, one goes out as soon as it is queued.
 *
 * <p>A payload that cannot be sent is logged and dropped, as before: browsers catch up on their next resync.
 */
final class NotifySender {

    private static final Logger log = LoggerFactory.getLogger(NotifySender.class);
    private static final int MAX_QUEUED = 50_000;
    private static final int MAX_BATCH = 1_000;
    private static final String NOTIFY_ALL =
            "SELECT pg_notify(?, payload) FROM unnest(?) WITH ORDINALITY AS t(payload, n) ORDER BY n";

    private final DataSource dataSource;
    private final String channel;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private volatile boolean running;
    private Thread thread;

    NotifySender(DataSource dataSource, String channel) {
        this.dataSource = dataSource;
        this.channel = channel;
    }

    /** Queues a payload; false when it is not running (the caller sends it itself) or too many are waiting. */
    boolean offer(String payload) {
        if (!running) {
            return false;
        }
        if (!queue.offer(payload)) {
            log.warn("Live updates: {} notices waiting to be sent, dropped one", MAX_QUEUED);
        }
        return true;
    }

    void start() {
        running = true;
        thread = new Thread(this::sendUntilStopped, "live-notify");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops taking payloads and sends those still queued. */
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2_000);
        }
    }

    private void sendUntilStopped() {
        List<String> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                if (running) {
                    batch.add(queue.take());
                }
            } catch (InterruptedException e) {
                if (running) {
                    continue;
                }
            }
            queue.drainTo(batch, MAX_BATCH - batch.size());
            if (!batch.isEmpty()) {
                send(batch);
                batch.clear();
            }
        }
    }

    private void send(List<String> payloads) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(NOTIFY_ALL)) {
            connection.setAutoCommit(true);
            Array array = connection.createArrayOf("text", payloads.toArray());
            statement.setString(1, channel);
            statement.setArray(2, array);
            statement.executeQuery().close();
        } catch (SQLException | RuntimeException e) {
            log.warn("Live updates: {} notices not sent: {}", payloads.size(), e.getMessage());
        }
    }
}
