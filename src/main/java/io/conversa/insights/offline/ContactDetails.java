package io.conversa.insights.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New contact details in a customer's message (an email address, a phone number), or word that the number reaches
 * the wrong person, for the {@code datos_de_contacto} topic and the next action.
 */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern GROUPED_PHONE =
            Pattern.compile("(?<![\\w$.,/])\\+?\\d{2,4}(?:[ -]\\d{2,4}){2,3}(?![\\w.,/])");
    private static final Pattern NAMED_PHONE = Pattern.compile(
            "(?:cel|celular|numero|telefono|whatsapp|wsp|phone|number|tel)\\D{0,15}(\\+?\\d[\\d -]{6,}\\d)");
    private static final int PHONE_DIGITS = 8;

    private static final Phrases WRONG_PERSON = Phrases.of(
            "equivocad* de numero|persona",
            "numero equivocado",
            "wrong number|person",
            "no conozco a ningun|ninguna|nadie",
            "ya no uso|usa|usamos|trabajo|trabaja|vive",
            "ya no es de|mio|mia",
            "ya no estoy|esta a cargo",
            "no trabajo|trabaja en|para",
            "este numero ya|no|es",
            "ahora lo tengo yo",
            "nuevo|nueva numero|correo|email|mail|cel|celular|telefono|direccion",
            "cambie de numero|correo|celular|casa|direccion",
            "me mude",
            "escribanle|hablenle|llamenle|contacten a",
            "soy su|el|la hijo|hija|esposo|esposa|asistente|secretaria|nuevo|nueva",
            "new email|number|address|phone|manager|contact|billing",
            "from now on",
            "no longer",
            "assistant");

    private ContactDetails() {}

    /** Whether {@code message} gives new contact details or says the customer is not who we think. */
    static boolean given(ParsedMessage message, String customerFirstName) {
        return newEmail(message).isPresent()
                || newPhone(message).isPresent()
                || message.has(WRONG_PERSON)
                || notTheCustomer(message.words(), customerFirstName);
    }

    static Optional<String> newEmail(ParsedMessage message) {
        Matcher m = EMAIL.matcher(message.text());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    static Optional<String> newPhone(ParsedMessage message) {
        Matcher grouped = GROUPED_PHONE.matcher(message.text());
        while (grouped.find()) {
            if (digits(grouped.group()) >= PHONE_DIGITS) {
                return Optional.of(grouped.group().strip());
            }
        }
        Matcher named = NAMED_PHONE.matcher(message.folded());
        while (named.find()) {
            if (digits(named.group(1)) >= PHONE_DIGITS) {
                return Optional.of(named.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean notTheCustomer(List<String> words, String firstName) {
        if (firstName.isBlank()) {
            return false;
        }
        String name = TextNormalizer.fold(firstName).toLowerCase(Locale.ROOT);
        return Phrases.of("no soy [el|la|don|dona|senor|senora|sr|sra] " + name, "i am not " + name)
                .in(words);
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
