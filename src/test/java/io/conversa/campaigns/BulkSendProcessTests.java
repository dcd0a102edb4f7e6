package io.conversa.campaigns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.conversa.support.AppProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk sends across real processes on one PostgreSQL database and one fake Graph API (which counts the requests per
 * recipient): an instance killed in the middle of a bulk send, and two instances sharing one.
 */
class BulkSendProcessTests {

    static final String MESSAGES = "/v24.0/106540352242922/messages";
    static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"(\\d+)\"");

    static WireMockServer graph;

    @BeforeAll
    static void fakeGraphApi() {
        graph = new WireMockServer(wireMockConfig().dynamicPort());
        graph.start();
        graph.stubFor(
                get(urlPathEqualTo("/v24.0/102290129340398/message_templates")).willReturn(okJson("""
                        {"data":[{"id":"3001","name":"aviso_saldo","language":"es","status":"APPROVED",
                         "category":"UTILITY","parameter_format":"POSITIONAL",
                         "components":[{"type":"BODY","text":"Hola {{1}}, tu saldo es {{2}}."}]}]}""")));
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withFixedDelay(30)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":"
                                + "\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":\"wamid.{{randomValue"
                                + " length=24 type='ALPHANUMERIC'}}\"}]}")
                        .withTransformers("response-template")));
    }

    @AfterAll
    static void stop() {
        graph.stop();
    }

    @Test
    void anInstanceKilledMidwaySendsNobodyTwiceAndFlagsOnlyWhatWasInFlight() throws Exception {
        graph.resetRequests();
        String database = AppProcess.databaseNamed("bulk_crash");
        AppProcess.recreateDatabase(database);
        Map<String, String> settings = settings(20);
        Path log = Files.createTempFile("bulk-crash", ".log");
        int recipients = 200;
        String id;
        try (AppProcess first = AppProcess.start(database, graph.baseUrl(), settings, log)) {
            first.call("POST", "/api/v1/templates/sync", null);
            id = created(first.call("POST", "/api/v1/bulk-sends", body(recipients, 0))
                    .body());
            await().atMost(Duration.ofSeconds(60)).until(() -> sends().size() >= 60);
            first.kill();
        }
        int beforeCrash = sends().size();
        try (AppProcess second = AppProcess.start(database, graph.baseUrl(), settings, log)) {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> second.call("GET", "/api/v1/bulk-sends/" + id, null)
                            .body()
                            .contains("\"status\":\"completed\""));
        }

        Map<String, Integer> requests = requestsPerRecipient();
        assertThat(beforeCrash).isLessThan(recipients);
        assertThat(requests.values()).as("nobody sent twice").allMatch(n -> n == 1);
        Map<String, String> delivery = deliveries(database);
        assertThat(delivery).hasSize(recipients);
        List<String> unknown = new ArrayList<>();
        delivery.forEach((phone, status) -> {
            if ("unknown".equals(status)) {
                unknown.add(phone);
            } else {
                assertThat(status).as(phone).isEqualTo("sent");
                assertThat(requests.get(phone.substring(1)))
                        .as("requests to " + phone)
                        .isEqualTo(1);
            }
        });
        assertThat(unknown).as("only what was in flight at the crash").hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void twoInstancesShareABulkSendWithoutDuplicatesAndWithinTheRate() throws Exception {
        graph.resetRequests();
        String database = AppProcess.databaseNamed("bulk_pair");
        AppProcess.recreateDatabase(database);
        int perSecond = 25;
        int recipients = 150;
        Map<String, String> settings = settings(perSecond);
        Path log = Files.createTempFile("bulk-pair", ".log");
        try (AppProcess one = AppProcess.start(database, graph.baseUrl(), settings, log);
                AppProcess two = AppProcess.start(database, graph.baseUrl(), settings, log)) {
            one.call("POST", "/api/v1/templates/sync", null);
            String id = created(two.call("POST", "/api/v1/bulk-sends", body(recipients, 500))
                    .body());
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> one.call("GET", "/api/v1/bulk-sends/" + id, null)
                            .body()
                            .contains("\"status\":\"completed\""));
        }

        Map<String, Integer> requests = requestsPerRecipient();
        assertThat(requests).hasSize(recipients);
        assertThat(requests.values()).allMatch(n -> n == 1);
        List<Long> times =
                sends().stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        // The token bucket starts full (one second's messages may go out at once), then refills at the rate: by any
        // moment t, at most rate + rate × (t − sending began) messages can have arrived (10 % for clock
        // granularity). Arrivals late under load only lower the count; the first arrival may itself come up to half
        // a second after sending began (a cold app's first connection), so that is where the clock starts.
        long start = times.get(0);
        for (int i = 0; i < times.size(); i++) {
            double allowed = perSecond + perSecond * (times.get(i) - start + 500) / 1000.0;
            assertThat((double) (i + 1))
                    .as("messages arrived by +" + (times.get(i) - start) + " ms")
                    .isLessThanOrEqualTo(Math.ceil(allowed * 1.1));
        }
        assertThat(times.get(times.size() - 1) - start)
                .isGreaterThanOrEqualTo((long) ((recipients - perSecond) * 1000L / perSecond * 0.9));
    }

    private static Map<String, String> settings(int perSecond) {
        Map<String, String> settings = new HashMap<>();
        settings.put("CONVERSA_WHATSAPP_MESSAGES_PER_SECOND", String.valueOf(perSecond));
        settings.put("CONVERSA_BULK_CONTACT_HOURS", "always");
        settings.put("CONVERSA_INBOX_SCHEDULER_HEARTBEAT", "1s");
        return settings;
    }

    private static String body(int recipients, int offset) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < recipients; i++) {
            list.append(i == 0 ? "" : ",")
                    .append("{\"phone\":\"+5696")
                    .append(String.format("%07d", offset + i))
                    .append("\",\"parameters\":[\"Cliente\",\"$1.000\"]}");
        }
        return "{\"name\":\"proceso\",\"template\":{\"name\":\"aviso_saldo\",\"language\":\"es\"},\"recipients\":["
                + list + "]}";
    }

    private static String created(String answer) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(answer);
        assertThat(id.find()).as(answer).isTrue();
        return id.group(1);
    }

    private static List<LoggedRequest> sends() {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    private static Map<String, Integer> requestsPerRecipient() {
        Map<String, Integer> counts = new HashMap<>();
        for (LoggedRequest request : sends()) {
            Matcher to = TO.matcher(request.getBodyAsString());
            if (to.find()) {
                counts.merge(to.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, String> deliveries(String database) throws Exception {
        Map<String, String> deliveries = new HashMap<>();
        try (Connection connection = AppProcess.connect(database);
                ResultSet rows =
                        connection.createStatement().executeQuery("SELECT phone, delivery FROM bulk_recipient")) {
            while (rows.next()) {
                deliveries.put(rows.getString(1), rows.getString(2));
            }
        }
        return deliveries;
    }
}
