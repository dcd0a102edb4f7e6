package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Every conversation the sandbox has seen, in memory and bounded: keyed by wa_id, the least recently active
 * forgotten first, each keeping its latest messages. Thread-safe (one lock; the sandbox's traffic is small).
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SandboxConversations {

    /** A conversation as it is at one moment, oldest message first. */
    public record Snapshot(String waId, String profileName, List<SandboxMessage> messages) {}

    private static final class Conversation {
        String profileName;
        final List<SandboxMessage> messages = new ArrayList<>();
    }

    private final Map<String, Conversation> byWaId = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, String> waIdByMessageId = new LinkedHashMap<>();
    private final int maxConversations;
    private final int maxMessages;
    private final Clock clock;

    public SandboxConversations(SandboxProperties properties, Clock clock) {
        this.maxConversations = properties.maxConversations();
        this.maxMessages = properties.maxMessagesPerConversation();
        this.clock = clock;
    }

    /** Records what the simulated customer wrote; a non-blank {@code profileName} becomes the contact's name. */
    public synchronized SandboxMessage addCustomerMessage(
            String waId, String profileName, String wamid, MessageContent content) {
        Conversation conversation = conversation(waId);
        if (profileName != null && !profileName.isBlank()) {
            conversation.profileName = profileName.strip();
        }
        return add(waId, conversation, new SandboxMessage(wamid, true, content, clock.instant(), "pending", null));
    }

    /** Records a message the business sent through the fake Graph API. */
    public synchronized SandboxMessage addBusinessMessage(String waId, String wamid, MessageContent content) {
        var message = new SandboxMessage(wamid, false, content, clock.instant(), "accepted", null);
        return add(waId, conversation(waId), message);
    }

    /** Moves a message to a later status; an earlier or unknown status, or an unknown message, changes nothing. */
    public synchronized void updateStatus(String wamid, String status, String detail) {
        Conversation conversation = byWaId.get(waIdByMessageId.get(wamid));
        if (conversation == null) {
            return;
        }
        conversation.messages.replaceAll(
                m -> m.id().equals(wamid) && m.advancesTo(status) ? m.withStatus(status, detail) : m);
    }

    /** The business read the customer's message {@code wamid}: it and the customer's earlier messages are read. */
    public synchronized void markReadUpTo(String wamid) {
        Conversation conversation = byWaId.get(waIdByMessageId.get(wamid));
        if (conversation == null) {
            return;
        }
        List<SandboxMessage> messages = conversation.messages;
        for (int i = 0; i < messages.size(); i++) {
            SandboxMessage m = messages.get(i);
            if (m.fromCustomer() && m.advancesTo("read")) {
                messages.set(i, m.withStatus("read", null));
            }
            if (m.id().equals(wamid)) {
                return;
            }
        }
    }

    public synchronized Optional<Snapshot> find(String waId) {
        Conversation conversation = byWaId.get(waId);
        return Optional.ofNullable(conversation).map(c -> new Snapshot(waId, c.profileName, List.copyOf(c.messages)));
    }

    /** The wa_ids of the most recently active conversations, newest first. */
    public synchronized List<String> recentWaIds(int limit) {
        List<String> waIds = new ArrayList<>(byWaId.keySet());
        Collections.reverse(waIds);
        return List.copyOf(waIds.subList(0, Math.min(limit, waIds.size())));
    }

    private Conversation conversation(String waId) {
        Conversation conversation = byWaId.computeIfAbsent(waId, id -> new Conversation());
        while (byWaId.size() > maxConversations) {
            String eldest = byWaId.keySet().iterator().next();
            byWaId.remove(eldest).messages.forEach(m -> waIdByMessageId.remove(m.id()));
        }
        return conversation;
    }

    private SandboxMessage add(String waId, Conversation conversation, SandboxMessage message) {
        conversation.messages.add(message);
        waIdByMessageId.put(message.id(), waId);
        while (conversation.messages.size() > maxMessages) {
            waIdByMessageId.remove(conversation.messages.remove(0).id());
        }
        return message;
    }
}
