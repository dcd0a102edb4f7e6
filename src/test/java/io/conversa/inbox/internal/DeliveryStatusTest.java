package io.conversa.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING, SENT, true",
        "SENDING, SENT, true",
        "UNKNOWN, DELIVERED, true",
        "SENT, DELIVERED, true",
        "SENT, READ, true",
        "DELIVERED, READ, true",
        "DELIVERED, SENT, false",
        "READ, DELIVERED, false",
        "READ, SENT, false",
        "SENT, SENT, false",
        "SENT, FAILED, true",
        "DELIVERED, FAILED, true",
        "READ, FAILED, false",
        "FAILED, READ, false",
        "FAILED, FAILED, false"
    })
    void statusesOnlyMoveForwardAndFailedIsFinal(DeliveryStatus from, DeliveryStatus to, boolean allowed) {
        assertThat(from.canAdvanceTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"sent, SENT", "Delivered, DELIVERED", "READ, READ", "failed, FAILED"})
    void readsMetaSpelling(String wire, DeliveryStatus expected) {
        assertThat(DeliveryStatus.fromWire(wire)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"played", "deleted", "warning", "''"})
    void unknownValuesAreIgnored(String wire) {
        assertThat(DeliveryStatus.fromWire(wire)).isEmpty();
    }
}
