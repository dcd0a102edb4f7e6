package io.conversa.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only an id of this run says where a browser stands; any other is no point to catch up from. */
class LiveEventIdsTests {

    final EventIds ids = new EventIds();

    @Test
    void anIdOfThisRunGivesItsNumberBack() {
        assertThat(ids.seqOf(ids.of(42))).hasValue(42);
        assertThat(ids.seqOf(ids.of(0))).hasValue(0);
    }

    @Test
    void idsOfAnotherRunOrInstanceAndAnythingElseGiveNone() {
        assertThat(ids.seqOf(new EventIds().of(42))).isEmpty();
        assertThat(ids.seqOf("42")).isEmpty();
        assertThat(ids.seqOf(ids.of(42) + "x")).isEmpty();
        assertThat(ids.seqOf(ids.of(0).replace("-0", "--1"))).isEmpty();
        assertThat(ids.seqOf("")).isEmpty();
        assertThat(ids.seqOf(null)).isEmpty();
    }
}
