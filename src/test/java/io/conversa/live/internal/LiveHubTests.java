package io.conversa.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.live.LiveNotice;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Catch-up rules of one instance's hub: what a browser that reconnects gets, and when it must redraw instead. */
class LiveHubTests {

    final LiveHub hub = new LiveHub();
    final UUID ours = UUID.randomUUID();
    final UUID theirs = UUID.randomUUID();

    LiveNotice notice(UUID workspaceId) {
        return new LiveNotice(0, workspaceId, "conversation", UUID.randomUUID(), null, null, "tags");
    }

    long dispatch(UUID workspaceId) {
        hub.dispatch(notice(workspaceId));
        return hub.lastSeq();
    }

    @Test
    void aReconnectingBrowserGetsOnlyItsWorkspacesNoticesAfterItsPoint() {
        long seen = dispatch(ours);
        dispatch(theirs);
        long missed = dispatch(ours);

        assertThat(hub.since(ours, seen).orElseThrow())
                .extracting(LiveNotice::seq)
                .containsExactly(missed);
        assertThat(hub.since(ours, missed).orElseThrow()).isEmpty();
    }

    @Test
    void aQuietWorkspaceCatchesUpFromAnyPointOfThisRun() {
        long openedAt = dispatch(theirs); // other workspaces move the numbers on

        assertThat(hub.since(ours, 0)).hasValue(List.of());
        assertThat(hub.since(ours, openedAt)).hasValue(List.of());
    }

    @Test
    void keepsTheLastThousandPerWorkspaceAndResyncsABrowserThatMissedMore() {
        long first = dispatch(ours);
        IntStream.range(0, LiveHub.KEPT).forEach(i -> {
            dispatch(ours);
            dispatch(theirs);
        });

        assertThat(hub.since(ours, first - 1)).isEmpty(); // the first notice is gone
        assertThat(hub.since(ours, first).orElseThrow()).hasSize(LiveHub.KEPT);
        assertThat(hub.since(theirs, 0).orElseThrow()).hasSize(LiveHub.KEPT);
    }

    @Test
    void aNumberThisRunHasNotReachedResyncs() {
        dispatch(ours);

        assertThat(hub.since(ours, hub.lastSeq() + 1)).isEmpty();
    }

    @Test
    void afterNoticesWereLostEveryBrowserRedrawsOnceAndThenCatchesUpAgain() {
        List<LiveNotice> heard = new CopyOnWriteArrayList<>();
        hub.subscribe(ours, heard::add);
        long before = dispatch(ours);

        hub.resyncAll();

        LiveNotice resync = heard.get(heard.size() - 1);
        assertThat(resync.type()).isEqualTo("resync");
        assertThat(resync.seq()).isGreaterThan(before);
        assertThat(hub.since(ours, before)).isEmpty(); // reconnects with what it saw before the loss: redraw
        long after = dispatch(ours);
        assertThat(hub.since(ours, resync.seq()).orElseThrow())
                .extracting(LiveNotice::seq)
                .containsExactly(after);
    }

    @Test
    void onlyTheWorkspacesSubscribersHearAndTheirNumberIsCapped() {
        List<LiveNotice> heard = new CopyOnWriteArrayList<>();
        IntStream.range(0, LiveHub.MAX_SUBSCRIBERS_PER_WORKSPACE)
                .forEach(i -> assertThat(hub.subscribe(ours, heard::add)).isTrue());

        assertThat(hub.subscribe(ours, heard::add)).isFalse();
        assertThat(hub.subscribe(theirs, n -> {})).isTrue();
        dispatch(theirs);
        assertThat(heard).isEmpty();
        dispatch(ours);
        assertThat(heard).hasSize(LiveHub.MAX_SUBSCRIBERS_PER_WORKSPACE);
    }
}
