package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.Customers;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Opens the conversations the business starts ("Nuevo mensaje", the API), with any number in any format. */
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
        return withNumbers(workspace, List.of(typed)).get(typed).conversationId();
    }

    /**
     * The conversations to send in with these numbers, typed in any format (read with the workspace's default country)
     * and keyed as typed, on the workspace's first WhatsApp number: opened when there is none, linked to their customer
     * when not linked yet. A few statements whatever the count.
     */
    public Map<String, SendTarget> withNumbers(WorkspaceId workspace, Collection<String> typed) {
        Map<String, String> waIdOf = new LinkedHashMap<>();
        for (String number : typed) {
            E164 read = customers
                    .normalizePhone(workspace, number)
                    .orElseThrow(() ->
                            DomainException.invalid("to", "error.phone", "Not a phone number: " + number, number));
            waIdOf.put(number, read.digits());
        }
        ChannelCredentials channel = channels.primary(workspace)
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "inbox.error.noChannel",
                        "Connect a WhatsApp number first",
                        List.of()));
        Instant now = Instant.now(clock);
        Map<String, SendTarget> byWaId =
                conversations.openAll(workspace.value(), channel.id(), Set.copyOf(waIdOf.values()), now);
        link(workspace, byWaId, now);
        Map<String, SendTarget> byTyped = new LinkedHashMap<>();
        waIdOf.forEach((number, waId) -> byTyped.put(number, byWaId.get(waId)));
        return byTyped;
    }

    /** Links the conversations with no customer yet to the customer their number matches, if exactly one does. */
    private void link(WorkspaceId workspace, Map<String, SendTarget> byWaId, Instant now) {
        List<String> unlinked = byWaId.entrySet().stream()
                .filter(entry -> entry.getValue().customerId() == null)
                .map(Map.Entry::getKey)
                .toList();
        if (unlinked.isEmpty()) {
            return;
        }
        Map<String, UUID> customerOf = customers.findByPhones(workspace, unlinked);
        Map<UUID, UUID> links = new LinkedHashMap<>();
        customerOf.forEach((waId, customerId) -> {
            SendTarget target = byWaId.get(waId);
            links.put(target.conversationId(), customerId);
            byWaId.put(
                    waId,
                    new SendTarget(target.conversationId(), target.channelId(), customerId, target.windowExpiresAt()));
        });
        if (!links.isEmpty()) {
            conversations.linkAll(links, now);
        }
    }
}
