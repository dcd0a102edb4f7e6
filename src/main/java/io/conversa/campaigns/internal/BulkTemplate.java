package io.conversa.campaigns.internal;

import io.conversa.inbox.SendRequest;
import io.conversa.inbox.TemplateRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bulk send's template as stored ({@code bulk_send.parameters}: the template request as JSON) and the request
 * for one recipient: the recipient's own parameters when it has them, the bulk send's otherwise.
 */
@Component
public class BulkTemplate {

    private final JsonMapper json;

    BulkTemplate(JsonMapper json) {
        this.json = json;
    }

    public String store(TemplateRequest template) {
        return json.writeValueAsString(template);
    }

    public SendRequest request(BulkSendStore.Dispatchable send, String recipientParameters) {
        TemplateRequest stored = json.readValue(send.parameters(), TemplateRequest.class);
        JsonNode parameters = recipientParameters == null ? stored.parameters() : json.readTree(recipientParameters);
        TemplateRequest template = new TemplateRequest(
                send.templateName(), send.templateLanguage(), parameters, stored.header(), stored.buttons());
        return new SendRequest("template", null, null, null, template);
    }
}
