package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.MessageContent;
import io.conversa.sandbox.internal.SandboxConversations.Snapshot;
import io.conversa.sandbox.internal.SandboxMessage;
import io.conversa.sandbox.internal.WaIds;
import java.util.List;

/** The JSON the simulator page reads and writes. */
final class SimulatorJson {

    private SimulatorJson() {}

    /** A contact to chat as; {@code name} may be null for a number the business wrote to first. */
    record ContactJson(String name, String phone, String waId) {}

    /** The directory's customers and the conversations the sandbox holds, most recently active first. */
    record ContactsJson(boolean directoryAvailable, List<ContactJson> customers, List<ContactJson> recent) {}

    record NewContactRequest(String phone, String name) {}

    record TextRequest(String name, String text) {}

    record LocationRequest(String name) {}

    record SentJson(String id) {}

    record ConversationJson(String waId, String name, boolean undeliverable, List<MessageJson> messages) {

        static ConversationJson of(String waId, Snapshot snapshot) {
            List<MessageJson> messages = snapshot == null
                    ? List.of()
                    : snapshot.messages().stream().map(MessageJson::of).toList();
            return new ConversationJson(
                    waId, snapshot == null ? null : snapshot.profileName(), WaIds.isUndeliverable(waId), messages);
        }
    }

    /** One bubble; {@code sentAt} is epoch milliseconds. */
    record MessageJson(
            String id, boolean fromCustomer, MessageContent content, long sentAt, String status, String statusDetail) {

        static MessageJson of(SandboxMessage message) {
            return new MessageJson(
                    message.id(),
                    message.fromCustomer(),
                    message.content(),
                    message.sentAt().toEpochMilli(),
                    message.status(),
                    message.statusDetail());
        }
    }
}
