package io.conversa.campaigns.web;

/** One recipient's bulk message as it will read, for the form's preview. */
public record MessagePreview(String name, String phone, String text) {}
