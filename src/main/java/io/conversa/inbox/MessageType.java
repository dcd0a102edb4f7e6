package io.conversa.inbox;

import java.util.Locale;

/** The kinds of WhatsApp message the inbox keeps; anything else arrives as {@link #UNKNOWN} with its raw JSON. */
public enum MessageType {
    TEXT,
    IMAGE,
    AUDIO,
    VIDEO,
    DOCUMENT,
    STICKER,
    LOCATION,
    CONTACTS,
    INTERACTIVE,
    BUTTON,
    REACTION,
    ORDER,
    SYSTEM,
    EDIT,
    REVOKE,
    TEMPLATE,
    UNSUPPORTED,
    UNKNOWN;

    /** The type as Meta spells it ({@code "image"}), UNKNOWN for values this version does not know. */
    public static MessageType fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isMedia() {
        return this == IMAGE || this == AUDIO || this == VIDEO || this == DOCUMENT || this == STICKER;
    }
}
