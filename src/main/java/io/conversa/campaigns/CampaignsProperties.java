package io.conversa.campaigns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conversa.bulk.*}.
 *
 * @param contactHours when bulk messages may reach a recipient, in the recipient's time zone, for workspaces that
 *     set none ({@code CONVERSA_BULK_CONTACT_HOURS}: {@code MON-FRI 08:00-20:00; SAT 09:00-14:00} or {@code always})
 * @param optOutWords inbound messages that opt a contact out of bulk sends, comma-separated, matched in any case,
 *     with or without accents ({@code CONVERSA_BULK_OPT_OUT_WORDS})
 * @param handAhead how many seconds of sends (at the number's rate) are handed to the outbound queue ahead of time;
 *     a pause stops a bulk send within about this long
 * @param dispatchPass how often the dispatcher looks for recipients to hand over
 * @param handThreads how many chunks of recipients are handed to the outbound queue at once
 * @param handChunk how many recipients are handed in one transaction, their messages then sent together by one
 *     task (at slow rates fewer: a twentieth of a second's worth, so sends stay evenly spread)
 */
@ConfigurationProperties("conversa.bulk")
public record CampaignsProperties(
        @DefaultValue("MON-FRI 08:00-20:00; SAT 09:00-14:00")
        String contactHours,

        @DefaultValue("BAJA, STOP, NO MOLESTAR") String optOutWords,
        @DefaultValue("3") int handAhead,
        @DefaultValue("250ms") Duration dispatchPass,
        @DefaultValue("6") int handThreads,
        @DefaultValue("50") int handChunk) {}
