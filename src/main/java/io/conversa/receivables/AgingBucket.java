package io.conversa.receivables;

/** Overdue age ranges, as collections teams group their receivables. */
public enum AgingBucket {
    CURRENT("current", 0, 0),
    DAYS_1_30("1-30", 1, 30),
    DAYS_31_60("31-60", 31, 60),
    DAYS_61_90("61-90", 61, 90),
    DAYS_90_PLUS("90+", 91, Integer.MAX_VALUE);

    private final String code;
    private final int minDays;
    private final int maxDays;

    AgingBucket(String code, int minDays, int maxDays) {
        this.code = code;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public static AgingBucket of(int overdueDays) {
        for (AgingBucket bucket : values()) {
            if (overdueDays >= bucket.minDays && overdueDays <= bucket.maxDays) {
                return bucket;
            }
        }
        return CURRENT;
    }

    public static AgingBucket fromCode(String code) {
        for (AgingBucket bucket : values()) {
            if (bucket.code.equals(code)) {
                return bucket;
            }
        }
        return null;
    }

    public String code() {
        return code;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }
}
