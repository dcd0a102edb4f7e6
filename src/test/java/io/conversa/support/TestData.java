package io.conversa.support;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.ApiTokens;
import io.conversa.identity.Role;
import io.conversa.identity.Users;
import io.conversa.identity.Workspaces;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test fixtures: an empty receivables state, users and API tokens with unique names. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";

    private final Workspaces workspaces;
    private final Users users;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;
    private final io.conversa.settings.Channels channels;

    TestData(
            Workspaces workspaces,
            Users users,
            ApiTokens tokens,
            JdbcClient jdbc,
            io.conversa.settings.Channels channels) {
        this.channels = channels;
        this.workspaces = workspaces;
        this.users = users;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public WorkspaceId workspace() {
        return workspaces.primary().workspaceId();
    }

    /** Deletes every customer, invoice and payment (the tests of one class share one database). */
    public void clearReceivables() {
        jdbc.sql("DELETE FROM payment_confirmation").update();
        jdbc.sql("DELETE FROM payment_link_invoice").update();
        jdbc.sql("DELETE FROM payment_link").update();
        jdbc.sql("DELETE FROM payment_application").update();
        jdbc.sql("DELETE FROM payment").update();
        jdbc.sql("DELETE FROM invoice").update();
        jdbc.sql("DELETE FROM customer_tag").update();
        jdbc.sql("DELETE FROM customer").update();
    }

    /** A new user with a unique e-mail and {@link #PASSWORD}; returns the e-mail. */
    public String user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.conversa";
        users.create(workspace(), email, "Test " + role, PASSWORD, role);
        return email;
    }

    /** A new API token for the workspace; returns its secret. */
    public String apiToken() {
        return tokens.create(workspace(), "test", null).secret();
    }

    /** Deletes every conversation, message, template, queued task and archived webhook. */
    public void clearInbox() {
        for (String table : java.util.List.of(
                "template_sync",
                "message_template",
                "scheduled_tasks",
                "orphan_status",
                "send_request",
                "webhook_delivery",
                "message",
                "conversation_tag",
                "conversation")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** A WhatsApp number of the test workspace with these secrets. */
    public io.conversa.settings.ChannelView channel(
            String phoneNumberId, String appSecret, String accessToken, String verifyToken) {
        jdbc.sql("DELETE FROM channel WHERE phone_number_id <> ?")
                .param(phoneNumberId)
                .update();
        return channels.save(
                workspace(),
                new io.conversa.settings.ChannelInput(
                        phoneNumberId, "102290129340398", "+56 2 2940 0000", accessToken, appSecret, verifyToken, 80));
    }

    public UUID userId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    public long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
