package io.conversa.inbox;

/** What one delivery changed: new messages stored, redeliveries ignored, statuses applied. */
public record ReceiveResult(int stored, int duplicates, int statuses) {

    public ReceiveResult plus(ReceiveResult other) {
        return new ReceiveResult(stored + other.stored, duplicates + other.duplicates, statuses + other.statuses);
    }

    public static ReceiveResult none() {
        return new ReceiveResult(0, 0, 0);
    }
}
