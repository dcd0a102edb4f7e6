package io.conversa.whatsapp.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Beans of the WhatsApp adapter that are plain classes. */
@Configuration(proxyBeanMethods = false)
class WhatsAppConfiguration {

    @Bean
    WebhookParser webhookParser(JsonMapper mapper) {
        return new WebhookParser(mapper);
    }
}
