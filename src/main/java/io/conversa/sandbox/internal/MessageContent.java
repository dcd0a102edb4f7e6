package io.conversa.sandbox.internal;

import java.util.List;

/**
 * What a message says, whichever side wrote it: the fields its {@code type} uses are set, the others are null.
 *
 * @param type Meta's message type ({@code text}, {@code template}, {@code image}, {@code location}, …)
 * @param text the text, or for interactive, reaction and contacts messages a one-line summary
 * @param caption a media caption
 * @param mediaId a media id from the sandbox's media store
 * @param mediaLink a media URL the business sent instead of an id
 * @param templateName a template's name
 * @param templateLanguage a template's language code
 * @param parameters a template's parameter values, in order
 * @param latitude a location's latitude
 * @param longitude a location's longitude
 * @param placeName a location's name
 */
public record MessageContent(
        String type,
        String text,
        String caption,
        String mediaId,
        String mediaLink,
        String templateName,
        String templateLanguage,
        List<String> parameters,
        Double latitude,
        Double longitude,
        String placeName) {

    public MessageContent {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static MessageContent text(String body) {
        return summary("text", body);
    }

    /** A message shown by one line of text ({@code interactive}, {@code reaction}, {@code contacts}, …). */
    public static MessageContent summary(String type, String text) {
        return new MessageContent(type, text, null, null, null, null, null, List.of(), null, null, null);
    }

    public static MessageContent media(String type, String mediaId, String mediaLink, String caption) {
        return new MessageContent(type, null, caption, mediaId, mediaLink, null, null, List.of(), null, null, null);
    }

    public static MessageContent template(String name, String language, List<String> parameters) {
        return new MessageContent("template", null, null, null, null, name, language, parameters, null, null, null);
    }

    public static MessageContent location(double latitude, double longitude, String placeName) {
        return new MessageContent(
                "location", null, null, null, null, null, null, List.of(), latitude, longitude, placeName);
    }
}
