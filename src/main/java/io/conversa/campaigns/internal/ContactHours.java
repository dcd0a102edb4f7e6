package io.conversa.campaigns.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The days and hours at which bulk messages may be sent, read on the recipient's wall clock (their
 * own time zone, daylight saving time included), such as {@code MON-FRI 08:00-20:00; SAT 09:00-14:00}
 * or {@code always}; it says whether an instant is allowed and when the next allowed instant is.
 */
public final class ContactHours {

    private static final String ALWAYS = "always";
    /**
     * Every window comes back within a week, but a daylight saving change can skip one occurrence
     * (a Sunday 00:00-00:30 window does not exist on Santiago's first Sunday of September), so the
     * next one may be up to two weeks away.
     */
    private static final int LOOK_AHEAD_DAYS = 15;

    private static final ContactHours ALWAYS_HOURS = parse("MON-SUN 00:00-24:00");

    /** Weekdays 08:00 to 20:00 and Saturday 09:00 to 14:00. */
    public static final ContactHours DEFAULT = parse("MON-FRI 08:00-20:00; SAT 09:00-14:00");

    /** Sorted, merged windows of each day that has any, in week order. */
    private final Map<DayOfWeek, List<TimeWindow>> byDay;

    private ContactHours(Map<DayOfWeek, List<TimeWindow>> byDay) {
        this.byDay = Collections.unmodifiableMap(byDay);
    }

    /**
     * Reads {@code always} or day groups separated by {@code ;}, each days (such as {@code MON-FRI}
     * or {@code MON,WED,FRI}) then time ranges separated by {@code ,} ({@code 08:00-13:00,15:00-20:00}).
     *
     * @throws IllegalArgumentException naming the bad part when the text cannot be read
     */
    public static ContactHours parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("contact hours are blank");
        }
        if (spec.strip().equalsIgnoreCase(ALWAYS)) {
            return always();
        }
        Map<DayOfWeek, List<TimeWindow>> byDay = new EnumMap<>(DayOfWeek.class);
        ContactHoursSpec.parse(spec).forEach((day, windows) -> byDay.put(day, merged(windows)));
        return new ContactHours(byDay);
    }

    /** Every hour of every day. */
    public static ContactHours always() {
        return ALWAYS_HOURS;
    }

    private static List<TimeWindow> merged(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        Collections.sort(sorted);
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow window : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).touches(window)) {
                merged.set(last, merged.get(last).join(window));
            } else {
                merged.add(window);
            }
        }
        return List.copyOf(merged);
    }

    /** Whether every instant is allowed (also when written as {@code MON-SUN 00:00-24:00}). */
    public boolean isAlways() {
        return this == ALWAYS_HOURS || equals(ALWAYS_HOURS);
    }

    /** Whether the wall clock in {@code zone} at {@code at} falls in a window of that day. */
    public boolean allows(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int second = local.toLocalTime().toSecondOfDay();
        return byDay.getOrDefault(local.getDayOfWeek(), List.of()).stream().anyMatch(w -> w.contains(second));
    }

    /**
     * {@code at} when it is allowed, else the first later instant that is: where a window starts on
     * the wall clock in {@code zone}, or where a daylight saving change moves the wall clock into a
     * window (a window that starts in a skipped hour opens when the clock jumps).
     */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        if (allows(at, zone)) {
            return at;
        }
        return candidates(at, zone).stream()
                .filter(c -> c.isAfter(at) && allows(c, zone))
                .min(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("no contact hours within " + LOOK_AHEAD_DAYS + " days"));
    }

    /** Window starts (each valid offset) and offset changes in the days ahead. */
    private List<Instant> candidates(Instant at, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDate today = LocalDate.ofInstant(at, zone);
        List<Instant> candidates = new ArrayList<>();
        for (int d = 0; d <= LOOK_AHEAD_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            for (TimeWindow window : byDay.getOrDefault(date.getDayOfWeek(), List.of())) {
                LocalDateTime start = date.atStartOfDay().plusMinutes(window.start());
                for (ZoneOffset offset : rules.getValidOffsets(start)) {
                    candidates.add(start.toInstant(offset));
                }
            }
        }
        Instant end = ZonedDateTime.of(today.plusDays(LOOK_AHEAD_DAYS + 1L), LocalTime.MIDNIGHT, zone)
                .toInstant();
        ZoneOffsetTransition change = rules.nextTransition(at);
        while (change != null && change.getInstant().isBefore(end)) {
            candidates.add(change.getInstant());
            change = rules.nextTransition(change.getInstant());
        }
        return candidates;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactHours && byDay.equals(((ContactHours) other).byDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byDay);
    }

    /** The canonical text, which {@link #parse} reads back to an equal value. */
    @Override
    public String toString() {
        return isAlways() ? ALWAYS : ContactHoursSpec.format(byDay);
    }
}
