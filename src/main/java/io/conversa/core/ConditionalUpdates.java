package io.conversa.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A conditional UPDATE (a compare-and-set such as {@code … WHERE id = ? AND state = 'queued'}) run for many rows in
 * one JDBC batch: which rows it changed, the ones still in the expected state.
 */
public final class ConditionalUpdates {

    private ConditionalUpdates() {}

    /** The rows whose update count is not 0, in order; {@code counts} are the batch's, one per row. */
    public static <T> List<T> changed(List<T> rows, int[] counts) {
        List<T> changed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (counts[i] != 0) { // 1, or SUCCESS_NO_INFO (-2) from a driver that rewrote the batch
                changed.add(rows.get(i));
            }
        }
        return changed;
    }
}
