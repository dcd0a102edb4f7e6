package io.conversa.whatsapp.internal;

import io.conversa.inbox.spi.ErrorExplanations;
import org.springframework.stereotype.Component;

/** Meta's error codes in words for the inbox, for failures that arrive as statuses. */
@Component
class MetaErrorExplanations implements ErrorExplanations {

    @Override
    public String explain(Integer code) {
        return code == null ? "WhatsApp no pudo entregar el mensaje." : MetaErrorClassifier.explain(code);
    }

    @Override
    public boolean retryable(Integer code) {
        return code != null && MetaErrorClassifier.classify(code, null).retryable();
    }
}
