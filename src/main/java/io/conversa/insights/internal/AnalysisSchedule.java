package io.conversa.insights.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.insights.InsightsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * When conversations are analyzed on their own: a while after the customer's last message (each new one moves the
 * moment, so a burst of messages is read once) and when the conversation is closed. Durable tasks (db-scheduler), one
 * per conversation, so a restart loses none and two instances never analyze the same conversation at once.
 */
@Component
public class AnalysisSchedule {

    private static final Logger log = LoggerFactory.getLogger(AnalysisSchedule.class);

    private final SchedulerClient scheduler;
    private final OneTimeTask<String> task;
    private final InsightAnalyst analyst;
    private final InsightsProperties properties;
    private final Clock clock;

    AnalysisSchedule(
            @Lazy SchedulerClient scheduler,
            @Qualifier("analyzeConversationTask") @Lazy OneTimeTask<String> task,
            InsightAnalyst analyst,
            InsightsProperties properties,
            Clock clock) {
        this.scheduler = scheduler;
        this.task = task;
        this.analyst = analyst;
        this.properties = properties;
        this.clock = clock;
    }

    /** The customer wrote: analyze once their messages settle, the moment moved by each new one. */
    public void afterInbound(WorkspaceId workspace, UUID conversationId) {
        at(workspace, conversationId, "settled", Instant.now(clock).plus(properties.settleDelay()));
    }

    /** The conversation was closed: analyze now (nothing happens when no message arrived since the last analysis). */
    public void afterClosed(WorkspaceId workspace, UUID conversationId) {
        at(workspace, conversationId, "closed", Instant.now(clock));
    }

    /** Runs a scheduled analysis; a message that arrived while it ran gets the conversation analyzed again later. */
    void run(String data, String conversationId) {
        String[] parts = data.split("\\|", 2);
        WorkspaceId workspace = new WorkspaceId(UUID.fromString(parts[0]));
        UUID conversation = UUID.fromString(conversationId);
        try {
            analyst.analyze(workspace, conversation, parts.length > 1 ? parts[1] : "settled");
        } catch (DomainException gone) {
            log.info("Conversation {} is gone: not analyzed", conversation);
            return;
        }
        if (analyst.behind(workspace, conversation)) {
            afterInbound(workspace, conversation);
        }
    }

    private void at(WorkspaceId workspace, UUID conversationId, String occasion, Instant when) {
        try {
            scheduler.schedule(
                    task.instance(conversationId.toString(), workspace.value() + "|" + occasion),
                    when,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (RuntimeException running) {
            // the analysis is running right now: it schedules the next one itself when it finds newer messages
            log.debug("Analysis of {} not rescheduled: {}", conversationId, running.getMessage());
        }
    }
}
