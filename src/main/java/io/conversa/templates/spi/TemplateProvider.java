package io.conversa.templates.spi;

import java.util.List;
import java.util.UUID;

/**
 * Meta's template management API for one business account (reached through a channel's credentials). Templates
 * travel as Meta's own JSON objects (text), so nothing Meta-specific needs a Java type here.
 */
public interface TemplateProvider {

    /** Every template of the account, following {@code paging.next} until the last page. */
    List<String> listAll(UUID channelId);

    /** Submits a template ({@code requestJson} as Meta documents it); answers Meta's JSON reply. */
    Submission create(UUID channelId, String requestJson);

    /** Deletes a template by name (all its languages). */
    void delete(UUID channelId, String name);

    /** Meta's reply to a creation: the new template's id and status, or its error. */
    record Submission(
            boolean accepted, String metaId, String status, String category, Integer errorCode, String errorMessage) {}

    /** Meta refused a management call or could not be reached. */
    class ProviderException extends RuntimeException {
        private final Integer code;

        public ProviderException(Integer code, String message) {
            super(message);
            this.code = code;
        }

        public Integer code() {
            return code;
        }
    }
}
