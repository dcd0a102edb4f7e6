package io.conversa.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conversa.demo.enabled} ({@code CONVERSA_DEMO_DATA}): load demo data at start. Null means "only when the
 * embedded database is in use".
 */
@ConfigurationProperties("conversa.demo")
public record DemoProperties(Boolean enabled) {}
