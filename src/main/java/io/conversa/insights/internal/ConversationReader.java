package io.conversa.insights.internal;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.insights.offline.ConversationInput;
import io.conversa.receivables.AccountSummary;
import io.conversa.receivables.Customers;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What an analysis reads of a conversation: its last messages between the customer and the business (notes between
 * agents and system events stay out), the workspace's zone, currency and language, and the linked customer's balance
 * and overdue invoices.
 */
@Component
class ConversationReader {

    /** The messages an analysis reads at most: the newest ones. */
    static final int MAX_MESSAGES = 60;

    /** A snapshot to analyze; {@code lastMessageId} is the newest message read (null when there is none). */
    record Snapshot(ConversationInput input, UUID lastMessageId, boolean hasInbound) {}

    private final Inbox inbox;
    private final Customers customers;
    private final Workspaces workspaces;

    ConversationReader(Inbox inbox, Customers customers, Workspaces workspaces) {
        this.inbox = inbox;
        this.customers = customers;
        this.workspaces = workspaces;
    }

    Snapshot read(WorkspaceId workspaceId, UUID conversationId) {
        ConversationView conversation = inbox.conversation(workspaceId, conversationId);
        Workspace workspace = workspaces.get(workspaceId);
        List<MessageView> chat = chat(workspaceId, conversationId);
        List<MessageView> recent = chat.subList(Math.max(0, chat.size() - MAX_MESSAGES), chat.size());
        List<ConversationInput.Message> messages = recent.stream()
                .map(m -> new ConversationInput.Message(
                        "inbound".equals(m.direction())
                                ? ConversationInput.Direction.INBOUND
                                : ConversationInput.Direction.OUTBOUND,
                        m.timestamp().atZone(workspace.zone()).toOffsetDateTime(),
                        textOf(m)))
                .toList();
        ConversationInput input = new ConversationInput(
                messages,
                workspace.zone(),
                workspace.currency(),
                workspace.displayLocale().getLanguage().toLowerCase(Locale.ROOT),
                receivables(workspaceId, conversation));
        UUID last = recent.isEmpty() ? null : recent.get(recent.size() - 1).id();
        return new Snapshot(input, last, recent.stream().anyMatch(m -> "inbound".equals(m.direction())));
    }

    /** The newest message of the conversation between the customer and the business, or null. */
    UUID lastMessageId(WorkspaceId workspaceId, UUID conversationId) {
        List<MessageView> chat = chat(workspaceId, conversationId);
        return chat.isEmpty() ? null : chat.get(chat.size() - 1).id();
    }

    /**
     * The newest messages between the customer and the business, oldest first: the thread's newest page (the inbox's
     * own query, never the whole history), twice what an analysis reads so notes and events between them leave
     * enough.
     */
    private List<MessageView> chat(WorkspaceId workspaceId, UUID conversationId) {
        return inbox.recentMessages(workspaceId, conversationId, null, 2 * MAX_MESSAGES).stream()
                .filter(m -> !m.internal())
                .toList();
    }

    private ConversationInput.Receivables receivables(WorkspaceId workspace, ConversationView conversation) {
        if (conversation.customerId() == null) {
            return new ConversationInput.Receivables(conversation.contactName(), null, List.of());
        }
        try {
            AccountSummary summary = customers.summary(workspace, conversation.customerId());
            String name = customers.get(workspace, conversation.customerId()).name();
            return new ConversationInput.Receivables(
                    name,
                    summary.balance().amount(),
                    summary.overdueInvoices().stream()
                            .map(i -> new ConversationInput.Invoice(i.number(), i.balance(), i.dueDate()))
                            .toList());
        } catch (DomainException customerGone) {
            return new ConversationInput.Receivables(conversation.contactName(), null, List.of());
        }
    }

    /** A message's text, or what it is when it has none (a photo, a document, a location…). */
    private static String textOf(MessageView message) {
        if (message.text() != null && !message.text().isBlank()) {
            return message.text();
        }
        return "[" + message.type() + "]";
    }
}
