package io.conversa.inbox.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.ConversationChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A snoozed conversation comes back to "Abiertas" when its snooze ends: every half minute (one instance at a time,
 * through db-scheduler) the ended snoozes are cleared and open inboxes are told, so the conversation moves between
 * the tabs without a reload.
 */
@Configuration(proxyBeanMethods = false)
class SnoozeEnds {

    static final Duration EVERY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SnoozeEnds(
            JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> snoozeEndsTask() {
        return Tasks.recurring("end-snoozes", FixedDelay.of(EVERY)).execute((instance, context) -> endDue());
    }

    private record Ended(UUID id, UUID workspaceId) {}

    /** Clears the snoozes that have ended and announces each conversation; answers how many. */
    int endDue() {
        Instant now = Instant.now(clock);
        Integer ended = transaction.execute(tx -> {
            List<Ended> due = jdbc.sql("SELECT id, workspace_id FROM conversation WHERE snoozed_until <= ?")
                    .param(Timestamp.from(now))
                    .query((rs, n) -> new Ended(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                    .list();
            for (Ended conversation : due) {
                int cleared = jdbc.sql(
                                "UPDATE conversation SET snoozed_until = NULL, updated_at = ?, version = version + 1"
                                        + " WHERE id = ? AND snoozed_until <= ?")
                        .params(Timestamp.from(now), conversation.id(), Timestamp.from(now))
                        .update();
                if (cleared == 1) {
                    events.publishEvent(new ConversationChanged(
                            new WorkspaceId(conversation.workspaceId()), conversation.id(), "snooze"));
                }
            }
            return due.size();
        });
        return ended == null ? 0 : ended;
    }
}
