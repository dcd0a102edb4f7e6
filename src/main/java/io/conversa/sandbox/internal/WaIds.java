package io.conversa.sandbox.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WhatsApp ids ({@code wa_id}) the way Meta hands them out: the international number, digits only. Like WhatsApp,
 * the sandbox gives Mexican mobiles the old {@code 1} after {@code 52}, so the app's phone matching gets exercised.
 */
public final class WaIds {

    /** Recipients whose wa_id ends like this get a {@code failed} status (131026) instead of being delivered. */
    public static final String UNDELIVERABLE_SUFFIX = "0000";

    private static final Pattern WA_ID = Pattern.compile("[1-9]\\d{6,14}");
    private static final String MEXICO = "52";

    private WaIds() {}

    public static boolean isValid(String waId) {
        return waId != null && WA_ID.matcher(waId).matches();
    }

    public static boolean isUndeliverable(String waId) {
        return waId.endsWith(UNDELIVERABLE_SUFFIX);
    }

    /** The wa_id for the {@code to} of a send ({@code "+52 55 1234 5678"} gives {@code 5215512345678}). */
    public static String fromRecipient(String to) {
        String digits = to.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith(MEXICO) && digits.length() == 12) {
            return MEXICO + "1" + digits.substring(2);
        }
        return digits;
    }

    /** The wa_id of a phone as people type it; national typings belong to {@code defaultCountry}. */
    public static Optional<String> fromTypedPhone(String phone, String defaultCountry) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String trimmed = phone.strip();
        if (trimmed.startsWith("+") || trimmed.startsWith("00")) {
            return valid(fromRecipient(trimmed));
        }
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            String e164 = util.format(util.parse(trimmed, defaultCountry), PhoneNumberFormat.E164);
            return valid(fromRecipient(e164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> valid(String waId) {
        return isValid(waId) ? Optional.of(waId) : Optional.empty();
    }
}
