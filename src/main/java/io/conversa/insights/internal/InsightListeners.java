package io.conversa.insights.internal;

import io.conversa.core.DomainException;
import io.conversa.inbox.ConversationChanged;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageReceived;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Customers' messages and closed conversations schedule analyses. */
@Component
class InsightListeners {

    private final AnalysisSchedule schedule;
    private final Inbox inbox;

    InsightListeners(AnalysisSchedule schedule, Inbox inbox) {
        this.schedule = schedule;
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(MessageReceived event) {
        schedule.afterInbound(event.workspaceId(), event.conversationId());
    }

    /**
     * In the inbox's transaction (a plain listener: the inbox publishes this for every message sent, and a module
     * listener would record each one), so closing and scheduling the analysis commit together.
     */
    @EventListener
    void on(ConversationChanged event) {
        if ("status".equals(event.change()) && closed(event)) {
            schedule.afterClosed(event.workspaceId(), event.conversationId());
        }
    }

    private boolean closed(ConversationChanged event) {
        try {
            return "closed"
                    .equals(inbox.conversation(event.workspaceId(), event.conversationId())
                            .status());
        } catch (DomainException gone) {
            return false; // nothing to analyze, and the publisher's transaction must not fail for it
        }
    }
}
