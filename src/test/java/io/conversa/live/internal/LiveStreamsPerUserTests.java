package io.conversa.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiveStreamsPerUserTests {

    final StreamsPerUser streams = new StreamsPerUser(2);
    final UUID ana = UUID.randomUUID();
    final UUID beto = UUID.randomUUID();

    @Test
    void aUserOpensUpToTheLimitAndAClosedStreamFreesItsPlace() {
        assertThat(streams.tryOpen(ana)).isTrue();
        assertThat(streams.tryOpen(ana)).isTrue();
        assertThat(streams.tryOpen(ana)).isFalse();
        assertThat(streams.tryOpen(beto)).isTrue();
        assertThat(streams.open(ana)).isEqualTo(2);

        streams.closed(ana);

        assertThat(streams.tryOpen(ana)).isTrue();
        streams.closed(ana);
        streams.closed(ana);
        assertThat(streams.open(ana)).isZero();
    }
}
