package io.conversa.whatsapp;

import static io.conversa.whatsapp.WhatsAppTestSupport.APP_SECRET;
import static io.conversa.whatsapp.WhatsAppTestSupport.deliver;
import static io.conversa.whatsapp.WhatsAppTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.support.TestData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real outage: the app's own PostgreSQL database stops accepting connections. The webhook answers 503 (so Meta
 * delivers again later) and, once the database is back, the same delivery is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestData.class)
class DatabaseOutageTests {

    static final String DATABASE =
            "conversa_outage_" + UUID.randomUUID().toString().substring(0, 8);
    static final String ADMIN_URL = System.getenv()
            .getOrDefault("CONVERSA_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/conversa_test")
            .replaceAll("/[^/]+$", "/postgres");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        admin("CREATE DATABASE " + DATABASE);
        registry.add("spring.datasource.url", () -> ADMIN_URL.replaceAll("/postgres$", "/" + DATABASE));
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "500");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void deliveriesGet503WhileTheDatabaseIsDownAndAreStoredWhenItIsBack() throws Exception {
        data.channel(WhatsAppTestSupport.PHONE_NUMBER_ID, APP_SECRET, WhatsAppTestSupport.ACCESS_TOKEN, "v");
        String delivery = text("56987654321", "Ana", "wamid.OUTAGE", Instant.now(), "Hola");
        deliver(mvc, text("56987654321", "Ana", "wamid.WARMUP", Instant.now(), "Hola"))
                .andExpect(status().isOk());

        admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
        deliver(mvc, delivery).andExpect(status().isServiceUnavailable());

        admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .untilAsserted(() -> deliver(mvc, delivery).andExpect(status().isOk()));
        assertThat(data.count("message WHERE wa_message_id = 'wamid.OUTAGE'")).isEqualTo(1);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
