package io.conversa.insights.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text before it leaves the application in a prompt: e-mail addresses ({@code [email]}), card
 * numbers ({@code [tarjeta]}) and tax or identity numbers ({@code [id_fiscal]}): Chilean RUT, Colombian NIT, Argentine
 * CUIT/CUIL, Peruvian RUC, Mexican RFC and CURP, and any number written after a label such as DNI, cédula or CC; and,
 * when given, the words of the customer's name ({@code [nombre]}).
 *
 * <p>Amounts ({@code $120.000}, {@code $2,850.00}), invoice numbers ({@code F-1023}), dates and times are left alone:
 * the patterns want a check digit after a dash, a known prefix and length, or a label. A bare 8-digit number without a
 * label (a Peruvian DNI, a Colombian cédula) cannot be told from an amount or an order number and is not masked.
 */
final class PromptMasking {

    static final String EMAIL = "[email]";
    static final String CARD = "[tarjeta]";
    static final String TAX_ID = "[id_fiscal]";
    static final String NAME = "[nombre]";

    /** Words of a customer's name that are not worth masking: particles and company forms. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "van", "von", "san", "spa", "ltda",
            "sa", "sas", "srl", "sac", "cv", "eirl", "inc", "llc", "cia", "hnos", "the", "and");

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("(?U)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[\\w-]{2,}");

    /** 4-4-4-4 (optionally 1-3 more digits), American Express 4-6-5 and Diners 4-6-4, spaces or dashes. */
    private static final Pattern GROUPED_CARD = Pattern.compile(
            "(?<![\\d-])(?:\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1?\\d{1,3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})(?![\\d-])");

    /** 13-19 digits in one run; masked only when the Luhn check digit holds. */
    private static final Pattern PLAIN_CARD = Pattern.compile("(?<![\\d-]|\\d[.,])\\d{13,19}(?![\\d-]|[.,]\\d)");

    /** A label that says a tax or identity number follows, then the number (at least 6 digits in it). */
    private static final Pattern LABELLED_ID =
            Pattern.compile("(?iU)\\b(dni|rut|run|ruc|nit|cuit|cuil|rfc|curp|c\\.?c\\.?|c\\.?i\\.?|c[eé]dula|documento|"
                    + "identificaci[oó]n|id fiscal|tax id)(?![\\p{L}\\d])"
                    + "((?:\\s*(?::|#|n[°º.]|nro\\.?|n[uú]m(?:ero)?\\.?|es|is|de)?\\s*){0,3})"
                    + "([A-Za-zÑñ&]{0,4}\\d[\\d.\\-]{4,16}[\\dkK]|[A-Za-zÑñ&]{3,4}\\d{6}[A-Za-z\\d]{3,8})"
                    + "(?![\\w-])");

    /** Chile RUT / RUN (12.345.678-5, 12345678-K) and Colombia NIT (900.123.456-7): digits, a dash, a check digit. */
    private static final Pattern DASH_CHECK_DIGIT =
            Pattern.compile("(?<![\\w.$,/-])(?:\\d{1,3}(?:\\.\\d{3}){2}|\\d{7,10})-[\\dkK](?![\\w-]|[.,]\\d)");

    /** Argentina CUIT / CUIL with dashes (20-12345678-9). */
    private static final Pattern CUIT = Pattern.compile("(?<![\\w-])(?:2[03-7]|3[034])-\\d{8}-\\d(?![\\w-])");

    /** 11 digits that start like a Peruvian RUC (10, 15, 16, 17, 20) or an Argentine CUIT/CUIL written together. */
    private static final Pattern ELEVEN_DIGITS =
            Pattern.compile("(?<![\\w.,$/-])(?:1[0567]|2[03-7]|3[034])\\d{9}(?![\\w-]|[.,]\\d)");

    /** Mexico RFC (persona física or moral) and CURP; the six digits must be a date. */
    private static final Pattern RFC_CURP =
            Pattern.compile("(?i)(?<![\\p{L}\\d])[A-ZÑ&]{3,4}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                    + "(?:[A-Z\\d]{2}[A\\d]|[HM][A-Z]{5}[A-Z\\d]\\d)(?![\\p{L}\\d])");

    private PromptMasking() {}

    /** {@code text} with its e-mail addresses, card numbers and tax ids replaced by placeholders. */
    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String masked = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        masked = GROUPED_CARD.matcher(masked).replaceAll(CARD);
        masked = replace(PLAIN_CARD, masked, m -> luhn(m.group()) ? CARD : m.group());
        masked = replace(LABELLED_ID, masked, m -> digits(m.group(3)) >= 6 ? labelled(m) : m.group());
        masked = DASH_CHECK_DIGIT.matcher(masked).replaceAll(TAX_ID);
        masked = CUIT.matcher(masked).replaceAll(TAX_ID);
        masked = ELEVEN_DIGITS.matcher(masked).replaceAll(TAX_ID);
        return RFC_CURP.matcher(masked).replaceAll(TAX_ID);
    }

    /**
     * {@code text} masked as by {@link #mask(String)}, and the words of {@code customerName} (three letters or more,
     * whatever the case or accents) replaced by {@code [nombre]}: agents greet customers by name.
     */
    static String mask(String text, String customerName) {
        String masked = mask(text);
        Pattern name = namePattern(customerName);
        return name == null ? masked : name.matcher(masked).replaceAll(NAME);
    }

    private static Pattern namePattern(String customerName) {
        if (customerName == null || customerName.isBlank()) {
            return null;
        }
        StringJoiner words = new StringJoiner("|");
        for (String word : customerName.strip().split("[^\\p{L}]+")) {
            String bare = bare(word);
            if (bare.length() >= 3 && !NAME_PARTICLES.contains(bare)) {
                words.add(accentBlind(bare));
            }
        }
        return words.length() == 0 ? null : Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + words + ")(?![\\p{L}\\d])");
    }

    private static String bare(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A regex for {@code bare} (lower case, no accents) that also matches it written with accents. */
    private static String accentBlind(String bare) {
        StringBuilder out = new StringBuilder();
        for (char c : bare.toCharArray()) {
            out.append(
                    switch (c) {
                        case 'a' -> "[aáàäâ]";
                        case 'e' -> "[eéèëê]";
                        case 'i' -> "[iíìïî]";
                        case 'o' -> "[oóòöô]";
                        case 'u' -> "[uúùüû]";
                        case 'n' -> "[nñ]";
                        case 'c' -> "[cç]";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return out.toString();
    }

    private static String labelled(Matcher m) {
        String between = m.group(2);
        return m.group(1) + (between.isEmpty() ? " " : between) + TAX_ID;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the digits of {@code number} pass the Luhn check (the last digit is the check digit). */
    static boolean luhn(String number) {
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            char c = number.charAt(i);
            if (!Character.isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
