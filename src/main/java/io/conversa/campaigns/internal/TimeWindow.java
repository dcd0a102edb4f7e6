package io.conversa.campaigns.internal;

/** Part of a day, in minutes since midnight: from {@code start} (included) to {@code end} (excluded). */
record TimeWindow(int start, int end) implements Comparable<TimeWindow> {

    static final int DAY_MINUTES = 24 * 60;

    TimeWindow {
        if (start < 0 || end > DAY_MINUTES || end <= start) {
            throw new IllegalArgumentException("bad window " + start + "-" + end);
        }
    }

    boolean contains(int secondOfDay) {
        return secondOfDay >= start * 60 && secondOfDay < end * 60;
    }

    boolean touches(TimeWindow later) {
        return later.start <= end;
    }

    TimeWindow join(TimeWindow later) {
        return new TimeWindow(start, Math.max(end, later.end));
    }

    @Override
    public int compareTo(TimeWindow other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return hhmm(start) + "-" + hhmm(end);
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
