package io.conversa.insights.offline;

import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Receivables;
import io.conversa.insights.offline.TextNormalizer.Clause;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount a customer promises, read from the clause that holds the promise: a figure ("$120.000", "los 850",
 * "50 lucas", "200 mil", "1,5 palos"), a share ("la mitad", "half"), the whole debt ("todo", "completa", "the full
 * amount"), a named invoice ("la F-1023"), "la factura", "la cuota", or the debt as an object ("la pago", "pay it").
 * A part ("una parte", "lo que pueda") or nothing at all gives no amount.
 */
final class AmountReader {

    private static final Pattern FIGURE = Pattern.compile("(?<![\\w/-])(\\$|s/\\.?|us\\$|usd|cop|clp|mxn|ars|pen)?\\s?"
            + "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?![\\w/-])"
            + "\\s?(mil|lucas|luca|k|palos|palo|millones|millon|soles|pesos|dolares|dollars|bucks)?");
    private static final Set<String> LEADS = Set.of("los", "las", "unos", "de", "con", "abono", "about", "the");
    private static final Set<String> THOUSANDS = Set.of("mil", "lucas", "luca", "k");
    private static final Set<String> MILLIONS = Set.of("palos", "palo", "millones", "millon");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\s*(dias|meses|anos|semanas|horas|veces|cuotas|days|months|weeks|hours|times|de (?:enero|febrero|marzo|"
                    + "abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))\\b.*");

    private static final Phrases HALF = Phrases.of("la mitad", "half");
    private static final Phrases PART =
            Phrases.of("una parte", "parte", "lo que pueda|podamos", "algo", "un abono", "something", "part", "some");
    private static final Phrases WHOLE = Phrases.of(
            "todo|toda|completo|completa|total|entera|entero|everything",
            "lo atrasado",
            "full amount",
            "in full",
            "all of it",
            "the balance",
            "the full",
            "ambas|ambos",
            "los|las dos|tres|# meses|cuotas|facturas");
    private static final Phrases INVOICE = Phrases.of("la factura|boleta", "el recibo", "the invoice|bill");
    private static final Phrases INSTALMENT =
            Phrases.of("la cuota|mensualidad|pension|colegiatura|renta", "the installment|instalment");
    private static final Set<String> OBJECT_BEFORE = Set.of("lo", "la", "los", "las");
    private static final Set<String> OBJECT_AFTER = Set.of("it", "them");

    private AmountReader() {}

    /** The amount promised in {@code clause}, whose commitment verb is at words {@code [verbStart, verbEnd)}. */
    static BigDecimal read(Clause clause, int verbStart, int verbEnd, Receivables receivables, List<Integer> dayWords) {
        BigDecimal figure = figure(clause, dayWords);
        if (figure != null) {
            return figure;
        }
        List<String> words = clause.words();
        Invoice named = namedInvoice(clause.text(), receivables);
        BigDecimal whole = named != null ? named.amount() : receivables.balance();
        if (HALF.in(words)) {
            return whole.divide(BigDecimal.valueOf(2), whole.scale(), RoundingMode.HALF_UP);
        }
        if (PART.in(words) || whole.signum() == 0) {
            return null;
        }
        if (named != null || WHOLE.in(words)) {
            return whole;
        }
        if (INVOICE.in(words)) {
            return receivables.overdueInvoices().stream()
                    .map(Invoice::amount)
                    .max(Comparator.naturalOrder())
                    .orElse(receivables.balance());
        }
        if (INSTALMENT.in(words)) {
            return receivables.overdueInvoices().stream()
                    .min(Comparator.comparing(Invoice::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(Invoice::amount)
                    .orElse(receivables.balance());
        }
        boolean objectBefore = verbStart > 0 && OBJECT_BEFORE.contains(words.get(verbStart - 1));
        boolean objectAfter = verbEnd < words.size() && OBJECT_AFTER.contains(words.get(verbEnd));
        return objectBefore || objectAfter ? receivables.balance() : null;
    }

    private static BigDecimal figure(Clause clause, List<Integer> dayWords) {
        String text = clause.text();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String symbol = m.group(1);
            String unit = m.group(3);
            String before = lastWord(text.substring(0, m.start()));
            boolean isDay = dayWords.contains(Integer.parseInt(m.group(2).replaceAll("[.,].*", "")));
            if (UNIT_AFTER.matcher(text.substring(m.end(2))).matches() && unit == null) {
                continue;
            }
            if (symbol != null || unit != null || (LEADS.contains(before) && !isDay)) {
                BigDecimal value = number(m.group(2));
                if (unit != null && THOUSANDS.contains(unit)) {
                    value = value.multiply(BigDecimal.valueOf(1000));
                } else if (unit != null && MILLIONS.contains(unit)) {
                    value = value.multiply(BigDecimal.valueOf(1_000_000));
                }
                return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
            }
        }
        return null;
    }

    /** "120.000" and "120,000" are thousands; "59.90" and "1,5" carry decimals. */
    static BigDecimal number(String figure) {
        int lastDot = figure.lastIndexOf('.');
        int lastComma = figure.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        boolean decimals = last >= 0 && figure.length() - last - 1 <= 2;
        String integer = decimals ? figure.substring(0, last) : figure;
        String fraction = decimals ? figure.substring(last + 1) : "";
        String digits = integer.replaceAll("[.,]", "") + (fraction.isEmpty() ? "" : "." + fraction);
        return new BigDecimal(digits);
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("[^\\p{L}\\p{N}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** The overdue invoice whose number {@code foldedText} names, or {@code null}. */
    static Invoice namedInvoice(String foldedText, Receivables receivables) {
        for (Invoice invoice : receivables.overdueInvoices()) {
            if (invoice.number() != null
                    && !invoice.number().isBlank()
                    && foldedText.contains(invoice.number().toLowerCase(Locale.ROOT))) {
                return invoice;
            }
        }
        return null;
    }
}
