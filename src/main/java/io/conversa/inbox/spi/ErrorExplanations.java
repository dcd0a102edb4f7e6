package io.conversa.inbox.spi;

/** Puts a provider's error code into words for an agent (Spanish), for failures reported by status. */
public interface ErrorExplanations {

    String explain(Integer code);

    /** Whether a message that failed with this code may be sent again (a temporary problem on the provider's side). */
    boolean retryable(Integer code);
}
