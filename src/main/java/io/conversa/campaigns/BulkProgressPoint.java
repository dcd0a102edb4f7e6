package io.conversa.campaigns;

import java.time.Instant;

/** How many recipients were handed to the outbound queue, and how many replied, in one step of a bulk send's run. */
public record BulkProgressPoint(Instant at, long sent, long replied) {}
