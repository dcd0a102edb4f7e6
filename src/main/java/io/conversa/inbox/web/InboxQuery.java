package io.conversa.inbox.web;

import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox page's filters as they travel in its URL ({@code ?tab=open&priority=urgent&mine=true&q=…}), so a
 * filtered view can be reloaded, shared and kept while conversations are opened.
 */
public record InboxQuery(
        String tab,
        String priority,
        String tag,
        Boolean unread,
        String linked,
        Boolean mine,
        String q,
        String sentiment,
        String topic) {

    public InboxQuery {
        unread = Boolean.TRUE.equals(unread);
        mine = Boolean.TRUE.equals(mine);
        tab = tab != null && ConversationFilter.TABS.contains(tab) ? tab : "open";
        priority = priority != null && ConversationFilter.PRIORITIES.contains(priority) ? priority : null;
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        linked = "yes".equals(linked) || "no".equals(linked) ? linked : null;
        q = q == null || q.isBlank() ? null : q.strip();
        sentiment = sentiment != null && ConversationFilter.SENTIMENTS.contains(sentiment) ? sentiment : null;
        topic = topic != null && ConversationFilter.TOPICS.contains(topic) ? topic : null;
    }

    ConversationFilter filter(CurrentUser me) {
        Boolean isLinked = linked == null ? null : "yes".equals(linked);
        return new ConversationFilter(
                tab, priority, tag, unread, isLinked, mine ? me.userId() : null, q, null, null, sentiment, topic);
    }

    public InboxQuery withTab(String newTab) {
        return new InboxQuery(newTab, priority, tag, unread, linked, mine, q, sentiment, topic);
    }

    public boolean filtered() {
        return priority != null
                || tag != null
                || unread
                || linked != null
                || mine
                || q != null
                || sentiment != null
                || topic != null;
    }

    /** The query string (without {@code ?}) that reproduces these filters; empty when all are defaults. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "tab", "open".equals(tab) ? null : tab);
        add(parts, "priority", priority);
        add(parts, "tag", tag);
        add(parts, "unread", unread ? "true" : null);
        add(parts, "linked", linked);
        add(parts, "mine", mine ? "true" : null);
        add(parts, "q", q);
        add(parts, "sentiment", sentiment);
        add(parts, "topic", topic);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
