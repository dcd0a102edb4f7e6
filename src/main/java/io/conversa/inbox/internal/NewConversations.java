package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.Customers;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Opens a conversation the business starts ("Nuevo mensaje", the API), with any number in any format. */
@Component
public class NewConversations {

    private final ConversationStore conversations;
    private final Customers customers;
    private final Channels channels;
    private final Clock clock;

    NewConversations(ConversationStore conversations, Customers customers, Channels channels, Clock clock) {
        this.conversations = conversations;
        this.customers = customers;
        this.channels = channels;
        this.clock = clock;
    }

    public UUID withNumber(WorkspaceId workspace, String typed) {
        E164 number = customers
                .normalizePhone(workspace, typed)
                .orElseThrow(() -> DomainException.invalid("to", "error.phone", "Not a phone number: " + typed, typed));
        ChannelCredentials channel = channels.primary(workspace)
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "inbox.error.noChannel",
                        "Connect a WhatsApp number first",
                        java.util.List.of()));
        Instant now = Instant.now(clock);
        ConversationStore.Opened opened =
                conversations.open(workspace.value(), channel.id(), number.digits(), null, now);
        if (opened.customerId() == null) {
            customers
                    .findByPhone(workspace, number.digits())
                    .ifPresent(customer -> conversations.link(opened.id(), customer.id(), now));
        }
        return opened.id();
    }
}
