package io.conversa.insights;

import io.conversa.insights.offline.Analysis;
import io.conversa.insights.offline.Analysis.Topic;
import io.conversa.insights.offline.OfflineAnalyzer;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate-insights [--verbose] FILE}: runs the offline analyzer on a labelled JSON Lines file and prints, as
 * JSON on its last line, {@code {"n":..,"sentimentAccuracy":..,"topicMicroF1":..,"promiseAccuracy":..}}. With
 * {@code --verbose}, every conversation the analyzer gets wrong is printed first. Runs without Spring.
 */
public final class InsightsEvaluation {

    public static final String COMMAND = "evaluate-insights";
    private static final String USAGE = "usage: java -jar conversa.jar " + COMMAND + " [--verbose] FILE.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InsightsEvaluation() {}

    /** Runs the command ({@code args[0]} may be the command name itself); returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && COMMAND.equals(rest.get(0))) {
            rest.remove(0);
        }
        boolean verbose = rest.remove("--verbose");
        if (rest.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(rest.get(0));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("cannot read " + file + ": no such file");
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        List<LabelledConversation> conversations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                conversations.add(LabelledConversation.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                err.println(file + ":" + (i + 1) + ": " + e.getMessage());
                return 1;
            }
        }
        out.println(JSON.writeValueAsString(score(conversations, verbose ? out : null)));
        return 0;
    }

    private static Map<String, Object> score(List<LabelledConversation> conversations, PrintStream mistakes) {
        OfflineAnalyzer analyzer = new OfflineAnalyzer();
        Scoreboard board = new Scoreboard();
        for (LabelledConversation c : conversations) {
            Analysis analysis = analyzer.analyze(c.input());
            Set<String> topics =
                    new TreeSet<>(analysis.topics().stream().map(Topic::code).toList());
            Object date = analysis.promise() == null ? null : analysis.promise().date();
            boolean right =
                    board.add(analysis.sentiment().code(), c.sentiment(), topics, c.topics(), date, c.promiseDate());
            if (!right && mistakes != null) {
                mistakes.printf(
                        "%s sentiment %s (label %s) topics %s (label %s) promise %s (label %s)%n",
                        c.id(), analysis.sentiment().code(), c.sentiment(), topics, c.topics(), date, c.promiseDate());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("n", board.n());
        result.put("sentimentAccuracy", rounded(board.sentimentAccuracy()));
        result.put("topicMicroF1", rounded(board.topicMicroF1()));
        result.put("promiseAccuracy", rounded(board.promiseAccuracy()));
        return result;
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
