package io.conversa.insights.web;

import io.conversa.inbox.ConversationView;
import io.conversa.insights.InsightView;

/** Which one-click action fits an insight's next action. */
final class SuggestedAction {

    private SuggestedAction() {}

    /**
     * A customer talking about paying (not disputing), linked to their receivables, in an open conversation: a payment
     * link for what they owe fits.
     */
    static boolean sendPaymentLink(InsightView insight, ConversationView conversation) {
        boolean paying = insight.hasTopic("pago") || insight.hasTopic("promesa_de_pago");
        return paying
                && !insight.hasTopic("disputa")
                && conversation.customerId() != null
                && !"closed".equals(conversation.status());
    }

    /** A dispute, a complaint or a negative customer in a conversation still at normal priority. */
    static boolean raisePriority(InsightView insight, ConversationView conversation) {
        boolean delicate =
                insight.hasTopic("disputa") || insight.hasTopic("reclamo") || "negative".equals(insight.sentiment());
        return delicate && "normal".equals(conversation.priority()) && !"closed".equals(conversation.status());
    }
}
