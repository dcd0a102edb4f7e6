package io.conversa.core;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 form: a plus sign, the country code and the national number, digits only. */
public record E164(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+[1-9]\\d{6,14}");

    public E164 {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an E.164 number: " + value);
        }
    }

    /** The same number as WhatsApp writes it in a {@code wa_id}: digits only, no plus sign. */
    public String digits() {
        return value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
