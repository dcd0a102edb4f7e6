package io.conversa.receivables.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.conversa.core.E164;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads phone numbers as people type them and as WhatsApp sends them (a {@code wa_id}), and gives
 * both a match key so that an incoming {@code wa_id} finds the customer whose stored phone is the
 * same subscriber.
 *
 * <p><b>Match key format.</b> {@link #matchKey} returns an E.164 string ({@code +}, country code,
 * digits) of the number written without the digits that WhatsApp may or may not carry for the same
 * subscriber:
 * <ul>
 *   <li>Mexico: {@code +52} + the 10-digit national number, without the old mobile {@code 1}
 *       ({@code +5215512345678} and {@code +525512345678} both give {@code +525512345678}).</li>
 *   <li>Argentina: {@code +54} + the 10-digit national number (area code + subscriber number),
 *       without the mobile {@code 9} ({@code +5491123456789} and {@code +541123456789} both give
 *       {@code +541123456789}).</li>
 *   <li>Brazil, mobiles: {@code +55} + the 2-digit area code + the 8-digit number, without the
 *       ninth digit ({@code +5511987654321} and {@code +551187654321} both give
 *       {@code +551187654321}). The 9 is dropped only when the 8 digits left start with 6-9, the old
 *       mobile range; before 2-5 they would read as a landline, so {@code +5511934567890} keeps its
 *       9 and never meets the landline {@code +551134567890}.</li>
 *   <li>Every other number: its E.164 value.</li>
 * </ul>
 * A key is for equality and indexing only: it is not always a number one can dial today.
 *
 * <p>Thread-safe: it holds libphonenumber's shared, thread-safe {@link PhoneNumberUtil} and
 * immutable patterns only.
 */
public final class PhoneNormalizer {

    private static final String UNKNOWN_REGION = "ZZ";
    private static final Pattern WA_ID = Pattern.compile("[1-9]\\d*");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    private static final Pattern LEADING_00 = Pattern.compile("^[^\\d+]*00");
    private static final Pattern E164_SHAPE = Pattern.compile("\\+[1-9]\\d{6,14}");

    /**
     * Spellings libphonenumber no longer reads as valid, rewritten to today's spelling of the same
     * number. Each applies to one country code only.
     */
    private static final List<Respelling> TODAYS_SPELLINGS = List.of(
            // Chile: since the move to 9-digit numbers no 0 is dialled; people still write 09 (mobiles), 02 (Santiago).
            new Respelling("\\+560(?<number>\\d{9})", "+56${number}"),
            // Mexico, dialling reform of August 2019: the 1 of mobiles in international form and the
            // national prefixes 01 (long distance), 044 and 045 (mobiles) are no longer dialled.
            new Respelling("\\+52(?:1|01|04[45])(?<number>\\d{10})", "+52${number}"),
            // Brazil: 8-digit numbers starting 6-9 were the mobiles that gained the ninth digit 9 (2012-2016).
            new Respelling("\\+55(?<area>[1-9]{2})(?<number>[6-9]\\d{7})", "+55${area}9${number}"),
            // Colombia, September 2021: fixed lines took 60 before their one-digit area code (Bogota 1 -> 601).
            new Respelling("\\+57(?<area>[1-8])(?<number>\\d{7})", "+5760${area}${number}"));

    /** The spellings of one subscriber that WhatsApp may use, rewritten to the key spelling. */
    private static final List<Respelling> KEY_SPELLINGS = List.of(
            // Mexico: mobile wa_ids often keep the 1 that followed 52 before 2019.
            new Respelling("\\+521(?<number>\\d{10})", "+52${number}"),
            // Argentina: mobiles take a 9 after 54 in international form; the 10 digits after it are the
            // national number (area code + subscriber number), the same with or without the 9.
            new Respelling("\\+549(?<number>\\d{10})", "+54${number}"),
            // Brazil: older accounts keep the mobile number without its ninth digit. A 9 before 2-5
            // is not dropped: without it the number would be a landline (landlines start with 2-5).
            new Respelling("\\+55(?<area>[1-9]{2})9(?<number>[6-9]\\d{7})", "+55${area}${number}"));

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    public PhoneNormalizer() {}

    /**
     * The number a person typed, in E.164, or empty when it is blank, cannot be read, or is not a
     * valid number.
     *
     * <p>Validity ({@code isValidNumber}) is required, not mere possibility (the right length):
     * possibility admits placeholders ("000000000") and slips such as an Argentine "15 2345-6789"
     * typed without its area code. Where libphonenumber's metadata is stricter than reality for us
     * is the spellings it has retired but people and WhatsApp still write (Chile's 0, Mexico's 1, 01,
     * 044 and 045, Brazil's 8-digit mobiles, Colombia's one-digit area codes): such a number is
     * accepted when its spelling of today is valid, and that spelling is what is returned.
     *
     * @param typed the phone as typed, in any format
     * @param defaultRegion ISO 3166 alpha-2 code used when the number has no country code
     */
    public Optional<E164> normalize(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (E164_SHAPE.matcher(typed).matches() && isValid(typed)) {
            // Already valid E.164 in today's spelling (bulk sends, the API): the readings below would find it
            // first, after parsing it twice more.
            return asE164(typed);
        }
        return readingsOf(typed, regionOrUnknown(defaultRegion))
                .map(this::formatE164)
                .flatMap(e164 -> Stream.of(e164, todaysSpelling(e164)))
                .filter(this::isValid)
                .findFirst()
                .flatMap(PhoneNormalizer::asE164);
    }

    /**
     * The number of a {@code wa_id} (country code and number, digits only), or empty when it is not
     * digits or not a possible number.
     */
    public Optional<E164> fromWaId(String waId) {
        if (waId == null || !WA_ID.matcher(waId).matches()) {
            return Optional.empty();
        }
        String e164 = "+" + waId;
        // WhatsApp has verified the number, so only its length is worth checking: range metadata can
        // only lag behind it. Old Mexican mobiles (521 + 10 digits) are too long for libphonenumber's
        // current Mexican plan, so they are checked in their key spelling.
        boolean possible = isPossible(e164) || isPossible(keySpelling(e164));
        return possible ? asE164(e164) : Optional.empty();
    }

    /** The key under which the stored phone and the {@code wa_id} of one subscriber meet. */
    public String matchKey(E164 number) {
        return keySpelling(number.value());
    }

    /** {@link #fromWaId} then {@link #matchKey}. */
    public Optional<String> matchKeyOfWaId(String waId) {
        return fromWaId(waId).map(this::matchKey);
    }

    /**
     * The ways to read a typed phone, first to last. As typed, when libphonenumber finds an extension
     * ("ext. 3", "anexo 12"; the extension is dropped). Then without words: libphonenumber reads three
     * letters or more as a vanity number ("9 8765 4321 cel" would end in 235). Then with a leading 00
     * read as "+", the international prefix people write across Latin America, which libphonenumber
     * accepts only for regions that dial it bare (not Brazil, Colombia, the US, or no region).
     */
    private Stream<PhoneNumber> readingsOf(String typed, String region) {
        String withoutWords = WORDS.matcher(typed).replaceAll(" ");
        String withPlusFor00 = LEADING_00.matcher(withoutWords).replaceFirst("+");
        Stream<PhoneNumber> withExtension = parse(typed, region).filter(PhoneNumber::hasExtension).stream();
        Stream<PhoneNumber> others =
                Stream.of(withoutWords, withPlusFor00).distinct().flatMap(text -> parse(text, region).stream());
        return Stream.concat(withExtension, others);
    }

    private static String todaysSpelling(String e164) {
        return respell(e164, TODAYS_SPELLINGS);
    }

    private static String keySpelling(String e164) {
        return respell(e164, KEY_SPELLINGS);
    }

    private static String respell(String e164, List<Respelling> respellings) {
        return respellings.stream()
                .flatMap(respelling -> respelling.rewrite(e164).stream())
                .findFirst()
                .orElse(e164);
    }

    private boolean isValid(String e164) {
        return readExactly(e164).filter(util::isValidNumber).isPresent();
    }

    /** Possible from abroad: numbers possible only in local dialling (no area code) are not. */
    private boolean isPossible(String e164) {
        return readExactly(e164)
                .filter(number -> util.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE)
                .isPresent();
    }

    /** The number libphonenumber reads from an E.164 string, if it reads these very digits. */
    private Optional<PhoneNumber> readExactly(String e164) {
        return parse(e164, UNKNOWN_REGION).filter(number -> formatE164(number).equals(e164));
    }

    private Optional<PhoneNumber> parse(String text, String region) {
        try {
            return Optional.of(util.parse(text, region));
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    private String formatE164(PhoneNumber number) {
        return util.format(number, PhoneNumberFormat.E164);
    }

    private static String regionOrUnknown(String region) {
        return region == null || region.isBlank()
                ? UNKNOWN_REGION
                : region.trim().toUpperCase(Locale.ROOT);
    }

    /** Rewrites a whole E.164 string matching {@code regex} to {@code replacement}. */
    private record Respelling(Pattern pattern, String replacement) {

        Respelling(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        Optional<String> rewrite(String e164) {
            Matcher matcher = pattern.matcher(e164);
            return matcher.matches() ? Optional.of(matcher.replaceFirst(replacement)) : Optional.empty();
        }
    }

    private static Optional<E164> asE164(String value) {
        try {
            return Optional.of(new E164(value));
        } catch (IllegalArgumentException longerThanE164Allows) {
            return Optional.empty();
        }
    }
}
