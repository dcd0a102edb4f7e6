package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.SendRequest;
import io.conversa.inbox.TemplateRequest;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.internal.LinkAmounts;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a payment link in the chat: a text message inside the 24-hour window; outside it, an approved template of the
 * conversation's number that can carry the link (a body variable about a link, or a URL button to the checkout page),
 * filled with this very link and the customer's data. Either way once per link (the inbox's idempotency key), and the
 * thread records "Link de pago enviado" with the message.
 */
@Component
class PaymentLinkMessages {

    private final Inbox inbox;
    private final Templates templates;
    private final MessageSource messages;

    PaymentLinkMessages(Inbox inbox, Templates templates, MessageSource messages) {
        this.inbox = inbox;
        this.templates = templates;
        this.messages = messages;
    }

    /** A template that can carry the link: what the customer would read, or why it cannot go to this customer. */
    record Offer(UUID id, String name, String language, String preview, String problem) {

        boolean sendable() {
            return problem == null;
        }
    }

    void sendText(WorkspaceId workspace, UUID conversationId, PaymentLinkView link, UUID sentBy) {
        String text = "Puedes pagar " + amount(link) + " de forma segura en este link: " + link.url();
        send(workspace, conversationId, SendRequest.text(text), link, sentBy);
    }

    /** The templates to offer for the link, those that can be sent first, each group by name. */
    List<Offer> offers(WorkspaceId workspace, ConversationView conversation, PaymentLinkView link, Locale locale) {
        List<Offer> offers = new ArrayList<>();
        for (TemplateView template : templates.list(workspace, "APPROVED", null, null)) {
            if (template.channelId().equals(conversation.channelId())) {
                arguments(template, link)
                        .ifPresent(arguments ->
                                offers.add(offer(workspace, template, arguments, conversation.customerId(), locale)));
            }
        }
        offers.sort(Comparator.comparing(offer -> !offer.sendable()));
        return offers;
    }

    /** Sends the link in the chosen template; 422 when the template cannot carry it. */
    void sendTemplate(
            WorkspaceId workspace, ConversationView conversation, PaymentLinkView link, UUID templateId, UUID sentBy) {
        TemplateView template = templates.get(workspace, templateId);
        TemplateArguments arguments = Optional.of(template)
                .filter(t -> t.approved() && t.channelId().equals(conversation.channelId()))
                .flatMap(t -> arguments(t, link))
                .orElseThrow(() -> DomainException.invalid(
                        "template", "paylink.error.template", "This template cannot carry the payment link"));
        TemplateRequest request = TemplateRequest.of(template.name(), template.language(), arguments);
        send(workspace, conversation.id(), new SendRequest("template", null, null, null, request), link, sentBy);
    }

    private void send(WorkspaceId workspace, UUID conversationId, SendRequest request, PaymentLinkView link, UUID by) {
        inbox.sendWithEvent(
                workspace, conversationId, request, by, "payment-link:" + link.id(), "payment_link", amount(link));
    }

    private Optional<TemplateArguments> arguments(TemplateView template, PaymentLinkView link) {
        try {
            return templates.argumentsCarrying(template, Binding.PAYMENT_LINK, link.url());
        } catch (DomainException unreadable) {
            return Optional.empty();
        }
    }

    private Offer offer(
            WorkspaceId workspace, TemplateView template, TemplateArguments arguments, UUID customerId, Locale locale) {
        try {
            String preview =
                    templates.render(workspace, template, arguments, customerId).text();
            return new Offer(template.id(), template.name(), template.language(), preview, null);
        } catch (DomainException e) {
            MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
            return new Offer(template.id(), template.name(), template.language(), null, resolver.describe(e));
        }
    }

    private static String amount(PaymentLinkView link) {
        return LinkAmounts.display(link.amount(), link.currency());
    }
}
