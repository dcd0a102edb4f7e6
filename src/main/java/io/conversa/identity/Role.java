package io.conversa.identity;

/** What a user may do: agents answer chats and send reminders; admins also manage settings, users and templates. */
public enum Role {
    ADMIN,
    AGENT
}
