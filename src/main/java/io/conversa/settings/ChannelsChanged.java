package io.conversa.settings;

/** A WhatsApp number was created or changed (its secrets may be new): caches of numbers are stale. */
public record ChannelsChanged(String phoneNumberId) {}
