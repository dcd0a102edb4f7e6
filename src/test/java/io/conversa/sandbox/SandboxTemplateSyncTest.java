package io.conversa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.conversa.settings.Channels;
import io.conversa.templates.spi.TemplateProvider;
import io.conversa.templates.spi.TemplateProvider.ProviderException;
import io.conversa.templates.spi.TemplateProvider.Submission;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's template client against the sandbox over real HTTP: the sync follows the sandbox's pages, a submission
 * is pending and then approved by the sandbox's review, a repeated one is refused with Meta's error, and deletion
 * removes it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conversa.sandbox.enabled=true",
            "conversa.sandbox.template-review-after=100ms",
            "conversa.sandbox.webhook-first-retry=100ms"
        })
class SandboxTemplateSyncTest {

    @TempDir
    static Path dataDir;

    @Autowired
    TemplateProvider templates;

    @Autowired
    Channels channels;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dataDir.resolve("conversa")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void theTemplateClientSyncsSubmitsAndDeletesAgainstTheSandbox() {
        UUID channel = channels.byPhoneNumberId(environment.getProperty("conversa.whatsapp.phone-number-id"))
                .orElseThrow()
                .id();

        assertThat(templates.listAll(channel))
                .extracting(t -> field(t, "name"))
                .containsExactly(
                        "recordatorio_pago", "aviso_vencimiento", "pago_recibido", "saldo_pendiente", "link_de_pago");

        String request = """
                {"name": "plan_de_pago", "language": "es", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "Hola {{1}}, tu plan de pago quedó listo.",
                                 "example": {"body_text": [["Ana"]]}}]}""";
        Submission submission = templates.create(channel, request);
        assertThat(submission.accepted()).isTrue();
        assertThat(submission.status()).isEqualTo("PENDING");
        assertThat(submission.category()).isEqualTo("UTILITY");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> templates.listAll(channel).stream()
                        .filter(t -> field(t, "name").equals("plan_de_pago"))
                        .anyMatch(t -> field(t, "status").equals("APPROVED")
                                && field(t, "id").equals(submission.metaId())));

        Submission repeated = templates.create(channel, request);
        assertThat(repeated.accepted()).isFalse();
        assertThat(repeated.errorCode()).isEqualTo(100);
        assertThat(repeated.errorMessage()).contains("plan_de_pago");

        templates.delete(channel, "plan_de_pago");
        List<String> names =
                templates.listAll(channel).stream().map(t -> field(t, "name")).toList();
        assertThat(names).doesNotContain("plan_de_pago").hasSize(5);
        assertThatThrownBy(() -> templates.delete(channel, "plan_de_pago"))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.code()).isEqualTo(100));
    }

    private static String field(String template, String name) {
        JsonNode json = JsonMapper.shared().readTree(template);
        return json.path(name).asString();
    }
}
