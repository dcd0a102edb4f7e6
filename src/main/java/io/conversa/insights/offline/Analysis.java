package io.conversa.insights.offline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the analyzer concludes about a conversation: a 2-4 sentence summary in the workspace language, the customer's
 * sentiment, the topics raised (in the order of {@link Topic}), one next action using the receivables data, and the
 * promise to pay, or {@code null} when the customer made none.
 */
public record Analysis(
        String summary, Sentiment sentiment, List<Topic> topics, String nextAction, PromiseToPay promise) {

    public Analysis {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sentiment, "sentiment");
        topics = List.copyOf(topics);
        Objects.requireNonNull(nextAction, "nextAction");
    }

    /** The customer's tone at the end of the conversation, from their own messages. */
    public enum Sentiment {
        POSITIVE,
        NEUTRAL,
        NEGATIVE;

        /** {@code positive}, {@code neutral} or {@code negative}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The fixed list of topics. */
    public enum Topic {
        PAGO,
        PROMESA_DE_PAGO,
        DISPUTA,
        RECLAMO,
        SOPORTE,
        CONSULTA,
        DATOS_DE_CONTACTO,
        BAJA,
        OTRO;

        /** The topic as stored and shown in filters: {@code pago}, {@code promesa_de_pago}, ... */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A date the customer committed to, and the amount when stated or clearly implied ({@code null} otherwise). */
    public record PromiseToPay(LocalDate date, BigDecimal amount) {

        public PromiseToPay {
            Objects.requireNonNull(date, "date");
        }
    }
}
