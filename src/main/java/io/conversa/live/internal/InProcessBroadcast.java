package io.conversa.live.internal;

import io.conversa.live.LiveNotice;

/** One instance (the embedded database): notices go straight to this instance's hub. */
class InProcessBroadcast implements Broadcast {

    private final LiveHub hub;

    InProcessBroadcast(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public void publish(LiveNotice notice) {
        hub.dispatch(notice);
    }
}
