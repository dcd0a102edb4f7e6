package io.conversa.identity;

/** A token just created: {@code secret} is shown to the admin this one time and never stored. */
public record IssuedApiToken(ApiTokenView token, String secret) {}
