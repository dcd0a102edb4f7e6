package io.conversa.live.internal;

import io.conversa.live.LiveNotice;

/** How a notice reaches every instance's hub: PostgreSQL NOTIFY, or in process when there is one instance (H2). */
public interface Broadcast {

    void publish(LiveNotice notice);
}
