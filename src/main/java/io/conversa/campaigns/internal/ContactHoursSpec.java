package io.conversa.campaigns.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the text form of {@link ContactHours}: {@code MON-FRI 08:00-20:00; SAT 09:00-14:00}. */
final class ContactHoursSpec {

    private static final Pattern GROUP = Pattern.compile("([^\\d]*?)\\s*(\\d.*)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private ContactHoursSpec() {}

    /** The windows of each day, not yet sorted nor merged. */
    static Map<DayOfWeek, List<TimeWindow>> parse(String spec) {
        Map<DayOfWeek, List<TimeWindow>> byDay = new EnumMap<>(DayOfWeek.class);
        for (String group : spec.split(";")) {
            if (!group.isBlank()) {
                parseGroup(group.strip(), byDay);
            }
        }
        if (byDay.isEmpty()) {
            throw new IllegalArgumentException("no contact hours in \"" + spec + "\"");
        }
        return byDay;
    }

    private static void parseGroup(String group, Map<DayOfWeek, List<TimeWindow>> byDay) {
        Matcher parts = GROUP.matcher(group);
        if (!parts.matches() || parts.group(1).isBlank()) {
            throw new IllegalArgumentException("missing days in \"" + group + "\"");
        }
        if (parts.group(2) == null) {
            throw new IllegalArgumentException("missing hours in \"" + group + "\"");
        }
        List<TimeWindow> windows = new ArrayList<>();
        for (String window : parts.group(2).replaceAll("\\s", "").split(",", -1)) {
            windows.add(window(window, group));
        }
        for (DayOfWeek day : days(parts.group(1).replaceAll("\\s", ""), group)) {
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows);
        }
    }

    private static List<DayOfWeek> days(String text, String group) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("bad day range \"" + item + "\" in \"" + group + "\"");
            }
            DayOfWeek first = day(ends[0], group);
            DayOfWeek last = day(ends[ends.length - 1], group);
            if (last.compareTo(first) < 0) {
                throw new IllegalArgumentException(
                        "day range \"" + item + "\" must run forward from MON to SUN in \"" + group + "\"");
            }
            for (int d = first.ordinal(); d <= last.ordinal(); d++) {
                days.add(DayOfWeek.values()[d]);
            }
        }
        return days;
    }

    private static DayOfWeek day(String token, String group) {
        int index = DAYS.indexOf(token.toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("unknown day \"" + token + "\" in \"" + group + "\"");
        }
        return DayOfWeek.values()[index];
    }

    private static TimeWindow window(String text, String group) {
        String[] ends = text.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("bad hours \"" + text + "\" (want HH:mm-HH:mm) in \"" + group + "\"");
        }
        int start = minutes(ends[0], group);
        int end = minutes(ends[1], group);
        if (end <= start) {
            throw new IllegalArgumentException(
                    "hours \"" + text + "\" must end after they start (no overnight windows) in \"" + group + "\"");
        }
        return new TimeWindow(start, end);
    }

    private static int minutes(String text, String group) {
        Matcher time = TIME.matcher(text);
        int hours = time.matches() ? Integer.parseInt(time.group(1)) : -1;
        int minutes = hours >= 0 ? Integer.parseInt(time.group(2)) : -1;
        if (hours < 0 || minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) {
            throw new IllegalArgumentException("bad time \"" + text + "\" (want HH:mm) in \"" + group + "\"");
        }
        return hours * 60 + minutes;
    }

    /** The canonical text: days with the same hours grouped, groups in week order. */
    static String format(Map<DayOfWeek, List<TimeWindow>> byDay) {
        Map<List<TimeWindow>, List<DayOfWeek>> groups = new LinkedHashMap<>();
        byDay.forEach((day, windows) ->
                groups.computeIfAbsent(windows, w -> new ArrayList<>()).add(day));
        List<String> parts = new ArrayList<>();
        groups.forEach((windows, days) -> parts.add(days(days) + " " + join(windows)));
        return String.join("; ", parts);
    }

    private static String days(List<DayOfWeek> days) {
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size()
                    && days.get(j + 1).ordinal() == days.get(j).ordinal() + 1) {
                j++;
            }
            String first = DAYS.get(days.get(i).ordinal());
            items.add(i == j ? first : first + "-" + DAYS.get(days.get(j).ordinal()));
            i = j + 1;
        }
        return String.join(",", items);
    }

    private static String join(List<TimeWindow> windows) {
        List<String> texts = new ArrayList<>();
        windows.forEach(w -> texts.add(w.toString()));
        return String.join(",", texts);
    }
}
