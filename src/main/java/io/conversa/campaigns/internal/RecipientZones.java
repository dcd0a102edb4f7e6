package io.conversa.campaigns.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.conversa.core.E164;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Guesses a recipient's time zone from their phone number with libphonenumber's time zone data, so
 * that contact hours are read on the recipient's clock.
 *
 * <p>When libphonenumber does not know the zone ({@code Etc/Unknown}, no answer, a number it cannot
 * read or does not hold valid) the caller's fallback is used. When it answers several zones (a
 * country or range spanning zones, such as Australian mobiles or US toll-free numbers) the first of
 * its list is taken: libphonenumber lists them alphabetically, so that choice is arbitrary and a
 * caller that cares should prefer a zone it knows (the customer's address, the workspace's zone).
 * Zone names the JDK does not know are skipped. Thread-safe.
 */
public final class RecipientZones {

    private static final String UNKNOWN_REGION = "ZZ";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();

    /** The recipient's zone by their number, or {@code fallback} when the number does not tell. */
    public ZoneId zoneOf(E164 number, ZoneId fallback) {
        PhoneNumber parsed;
        try {
            parsed = util.parse(number.value(), UNKNOWN_REGION);
        } catch (NumberParseException e) {
            return fallback;
        }
        List<String> zones = mapper.getTimeZonesForNumber(parsed);
        for (String zone : zones) {
            if (zone.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                continue;
            }
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                // a zone name newer than the JDK's time zone data: try the next one
            }
        }
        return fallback;
    }
}
