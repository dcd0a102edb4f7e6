package io.conversa.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InsightsEvaluationTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return InsightsEvaluation.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode lastLine() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        return JsonMapper.builder().build().readTree(lines[lines.length - 1]);
    }

    @ParameterizedTest(name = "{0} meets the targets")
    @ValueSource(strings = {"insights-dev.jsonl", "insights-holdout.jsonl"})
    void theOfflineAnalyzerMeetsTheTargets(String file) {
        int code = run("evaluate-insights", "src/test/resources/insights/" + file);

        assertThat(code).isZero();
        JsonNode result = lastLine();
        assertThat(result.path("n").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(result.path("sentimentAccuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(result.path("topicMicroF1").asDouble()).isGreaterThanOrEqualTo(0.80);
        assertThat(result.path("promiseAccuracy").asDouble()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void verbosePrintsTheMistakesBeforeTheFigures(@TempDir Path dir) throws IOException {
        String line = Files.readAllLines(Path.of("src/test/resources/insights/insights-dev.jsonl"))
                .get(0)
                .replace("\"sentiment\": \"positive\"", "\"sentiment\": \"negative\"");
        Path file = Files.writeString(dir.resolve("one.jsonl"), line + "\n");

        assertThat(run("evaluate-insights", "--verbose", file.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("dev-001 sentiment positive (label negative)");
        assertThat(lastLine().path("n").asInt()).isEqualTo(1);
        assertThat(lastLine().path("sentimentAccuracy").asDouble()).isZero();
    }

    @Test
    void badUsageSaysSoOnStandardErrorWithANonZeroExit(@TempDir Path dir) throws IOException {
        assertThat(run("evaluate-insights")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");

        assertThat(run("evaluate-insights", dir.resolve("missing.jsonl").toString()))
                .isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");

        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\", \"messages\": [\n");
        assertThat(run("evaluate-insights", broken.toString())).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.jsonl:1:");

        Path noTimezone = Files.writeString(
                dir.resolve("nozone.jsonl"), "{\"messages\": [], \"labels\": {\"sentiment\": \"neutral\"}}\n");
        assertThat(run("evaluate-insights", noTimezone.toString())).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"timezone\" is missing");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
