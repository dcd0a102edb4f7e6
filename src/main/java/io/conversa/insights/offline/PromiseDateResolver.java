package io.conversa.insights.offline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the dates a customer names in a clause and resolves them from the day of their message: "hoy"/"al toque"
 * (that day), "mañana"/"tomorrow" (the next day, but not "de la mañana"), weekdays (the next such day after the
 * message), "el 15"/"on the 15th" (that day of this month, or of the next when it has passed), "15 de marzo",
 * "a fin de mes"/"end of the month" (the month's last day), "la próxima semana"/"next week" (Monday of next week),
 * "en la quincena" (the 15th or the month's last day, whichever comes next).
 */
final class PromiseDateResolver {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lunes", DayOfWeek.MONDAY),
            Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY),
            Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY),
            Map.entry("sabado", DayOfWeek.SATURDAY),
            Map.entry("domingo", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("enero", 1),
            Map.entry("febrero", 2),
            Map.entry("marzo", 3),
            Map.entry("abril", 4),
            Map.entry("mayo", 5),
            Map.entry("junio", 6),
            Map.entry("julio", 7),
            Map.entry("agosto", 8),
            Map.entry("septiembre", 9),
            Map.entry("setiembre", 9),
            Map.entry("octubre", 10),
            Map.entry("noviembre", 11),
            Map.entry("diciembre", 12),
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12));

    private static final Phrases TODAY = Phrases.of(
            "hoy|ahora|ahorita|ahoritita|today|tonight",
            "al toque|tiro",
            "en un rato|ratito",
            "esta noche|tarde",
            "right now|away",
            "this afternoon|evening",
            "later today");
    private static final Phrases DAY_AFTER_TOMORROW = Phrases.of("pasado manana", "day after tomorrow");
    private static final Phrases TOMORROW = Phrases.of("manana|tomorrow");
    private static final Phrases NEXT_WEEK = Phrases.of(
            "[la] proxima semana", "la semana que viene", "la otra semana", "next week", "the following week");
    private static final Phrases MONTH_END = Phrases.of(
            "fin|final|finales de|del mes",
            "fin de mes",
            "ultimo dia del mes",
            "end of [the] month",
            "month end",
            "end of this month");
    private static final Phrases MID_MONTH = Phrases.of("quincena");
    private static final Set<String> MORNING = Set.of("la", "de", "en", "por", "esta", "pasado");
    private static final Set<String> DAY_LEAD = Set.of("el", "dia", "the", "on", "este", "hasta");
    private static final Set<String> NOT_A_DAY = Set.of(
            "mil",
            "lucas",
            "luca",
            "soles",
            "sol",
            "pesos",
            "dolares",
            "dollars",
            "k",
            "palos",
            "porciento",
            "horas",
            "hrs",
            "dias",
            "days",
            "cuotas",
            "meses",
            "anos",
            "percent");

    private PromiseDateResolver() {}

    /** A date named in words {@code [start, end)}, resolved. */
    record Mention(int start, int end, LocalDate date, boolean immediate) {

        Mention(int start, int end, LocalDate date) {
            this(start, end, date, false);
        }
    }

    /** Every date {@code words} names, resolved from {@code day}, the day of the message. */
    static List<Mention> find(List<String> words, LocalDate day) {
        List<Mention> found = new ArrayList<>();
        TODAY.all(words).forEach(s -> found.add(new Mention(s.start(), s.end(), day, true)));
        add(found, DAY_AFTER_TOMORROW, words, d -> d.plusDays(2), day);
        for (Phrases.Span s : TOMORROW.all(words)) {
            String before = s.start() > 0 ? words.get(s.start() - 1) : "";
            if (!MORNING.contains(before) && !"after".equals(before)) {
                found.add(new Mention(s.start(), s.end(), day.plusDays(1)));
            }
        }
        add(found, MONTH_END, words, d -> d.with(TemporalAdjusters.lastDayOfMonth()), day);
        add(found, MID_MONTH, words, PromiseDateResolver::nextMidMonthPayday, day);
        weekdays(words, day, found);
        dayNumbers(words, day, found);
        return found;
    }

    private static void add(
            List<Mention> found, Phrases family, List<String> words, UnaryOperator<LocalDate> rule, LocalDate day) {
        family.all(words).forEach(s -> found.add(new Mention(s.start(), s.end(), rule.apply(day))));
    }

    /**
     * The mentions other than "now" words when there are any: in "el 5 me pagan y ese mismo día le deposito al tiro"
     * the promise is for the 5th, "al tiro" only says how fast.
     */
    static List<Mention> preferNamedDays(List<Mention> mentions) {
        List<Mention> named = mentions.stream().filter(m -> !m.immediate()).toList();
        return named.isEmpty() ? mentions : named;
    }

    /** The 15th or the month's last day, whichever comes first from {@code day} on. */
    static LocalDate nextMidMonthPayday(LocalDate day) {
        if (day.getDayOfMonth() <= 15) {
            return day.withDayOfMonth(15);
        }
        return day.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static void weekdays(List<String> words, LocalDate day, List<Mention> found) {
        LocalDate nextMonday = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Phrases.Span> nextWeek = NEXT_WEEK.all(words);
        boolean weekdayNamed = false;
        for (int i = 0; i < words.size(); i++) {
            DayOfWeek weekday = weekday(words.get(i));
            if (weekday != null) {
                weekdayNamed = true;
                LocalDate date = nextWeek.isEmpty()
                        ? day.with(TemporalAdjusters.next(weekday))
                        : nextMonday.with(TemporalAdjusters.nextOrSame(weekday));
                found.add(new Mention(i, i + 1, date));
            }
        }
        if (!weekdayNamed) {
            nextWeek.forEach(s -> found.add(new Mention(s.start(), s.end(), nextMonday)));
        }
    }

    /** The weekday a word names, forgiving a "b" for a "v" ("biernes") and one typo in longer names. */
    private static DayOfWeek weekday(String word) {
        String spelled = word.replace('b', 'v');
        DayOfWeek exact = WEEKDAYS.getOrDefault(word, WEEKDAYS.get(spelled));
        if (exact != null || word.length() < 6) {
            return exact;
        }
        return WEEKDAYS.entrySet().stream()
                .filter(e -> Phrases.wordMatches(e.getKey(), spelled))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void dayNumbers(List<String> words, LocalDate day, List<Mention> found) {
        for (int i = 0; i < words.size(); i++) {
            Integer number = dayOfMonth(words.get(i));
            if (number == null) {
                continue;
            }
            String before = i > 0 ? words.get(i - 1) : "";
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String afterNext = i + 2 < words.size() ? words.get(i + 2) : "";
            Integer month = "de".equals(next) || "of".equals(next) ? MONTHS.get(afterNext) : MONTHS.get(next);
            if (month == null && MONTHS.containsKey(before)) {
                month = MONTHS.get(before);
            }
            if (month == null && !next.isEmpty() && Character.isDigit(next.charAt(0)) && isSlashDate(words, i)) {
                month = Integer.parseInt(next);
            }
            boolean ordinal = !words.get(i).chars().allMatch(Character::isDigit);
            boolean led = DAY_LEAD.contains(before) || ordinal || month != null;
            if (led && !NOT_A_DAY.contains(next) && month != null && month >= 1 && month <= 12) {
                found.add(new Mention(i, i + 1, dayInMonth(day, month, number)));
            } else if (led && !NOT_A_DAY.contains(next) && month == null) {
                found.add(new Mention(i, i + 1, nextDayNumbered(day, number)));
            }
        }
    }

    private static boolean isSlashDate(List<String> words, int i) {
        return i + 1 < words.size()
                && words.get(i + 1).length() <= 2
                && DAY_LEAD.contains(i > 0 ? words.get(i - 1) : "");
    }

    private static Integer dayOfMonth(String word) {
        String digits = word.replaceFirst("(st|nd|rd|th)$", "");
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= 31 ? n : null;
    }

    /** Day {@code number} of this month when it has not passed, else of the next; the last day when shorter. */
    static LocalDate nextDayNumbered(LocalDate day, int number) {
        LocalDate inMonth = clamp(day.withDayOfMonth(1), number);
        return inMonth.isBefore(day) ? clamp(day.withDayOfMonth(1).plusMonths(1), number) : inMonth;
    }

    private static LocalDate dayInMonth(LocalDate day, int month, int number) {
        LocalDate date = clamp(LocalDate.of(day.getYear(), month, 1), number);
        return date.isBefore(day) ? clamp(LocalDate.of(day.getYear() + 1, month, 1), number) : date;
    }

    private static LocalDate clamp(LocalDate firstOfMonth, int number) {
        return firstOfMonth.withDayOfMonth(Math.min(number, firstOfMonth.lengthOfMonth()));
    }
}
