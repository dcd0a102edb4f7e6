package io.conversa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Spanish and English offer the same keys, so no page shows a raw key in either language. */
class MessagesTests {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Properties spanish = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        assertThat(spanish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(spanish.keySet());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
