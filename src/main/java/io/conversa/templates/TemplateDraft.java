package io.conversa.templates;

import java.util.List;

/**
 * A template to submit to Meta. {@code parameterFormat} POSITIONAL ({@code {{1}}}) or NAMED ({@code {{name}}});
 * {@code bodyExamples} one example per body variable, in order of appearance.
 */
public record TemplateDraft(
        String name,
        String category,
        String language,
        String parameterFormat,
        Header header,
        String body,
        List<String> bodyExamples,
        String footer,
        List<Button> buttons) {

    /** {@code format} TEXT, IMAGE, VIDEO or DOCUMENT; text (with at most one variable) and its example for TEXT. */
    public record Header(String format, String text, String example, String mediaExampleUrl) {}

    /**
     * {@code type} QUICK_REPLY, URL or PHONE_NUMBER; a URL may end in {@code {{1}}} (a dynamic suffix, e.g. a
     * payment link token) with {@code example} the full example URL.
     */
    public record Button(String type, String text, String url, String example, String phoneNumber) {}
}
