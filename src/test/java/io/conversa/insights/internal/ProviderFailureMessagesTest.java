package io.conversa.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason a provider can fail for is explained to the reader in both languages (the panel and "Probar"). */
class ProviderFailureMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyKindHasItsText(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream(bundle)) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (ProviderFailure.Kind kind : ProviderFailure.Kind.values()) {
            assertThat(messages.getProperty("insight.fallback." + kind.code()))
                    .as(bundle + " insight.fallback." + kind.code())
                    .isNotBlank();
        }
        for (String own : new String[] {"budget", "busy", "error"}) {
            assertThat(messages.getProperty("insight.fallback." + own)).isNotBlank();
        }
    }
}
