/*
 * A fake of Meta's Graph API for the bulk-send benchmark: it answers what Conversa calls and measures, at the fake,
 * how many messages arrive each second.
 *
 * Single-file Java 17 program, JDK only:   java bench/FakeGraph.java --port 18999 --log /tmp/sends.log
 *
 *   GET  /{version}/{waba}/message_templates     one approved template, "aviso_saldo" (es), body "Hola {{1}}, ..."
 *   POST /{version}/{phone-number-id}/messages   accepted, with a unique wamid; the recipient ("to") and the
 *                                                 arrival time (epoch ms) are appended to the log, one line each
 *   anything else                                 404
 *
 * Options: --port [18999], --log FILE (required), --latency-ms [0] added to every send answer (a slower Meta),
 * --throttle-every N [0]: every Nth send is answered with Meta's throughput error (HTTP 400, code 130429).
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FakeGraph {

    private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");
    private static final String TEMPLATES = """
            {"data":[{"id":"9001","name":"aviso_saldo","language":"es","status":"APPROVED","category":"UTILITY",
            "parameter_format":"POSITIONAL","components":[{"type":"BODY","text":"Hola {{1}}, tu saldo es {{2}}."}]}]}""";

    public static void main(String[] args) throws IOException {
        int port = 18999;
        String logPath = null;
        long latencyMs = 0;
        long throttleEvery = 0;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--log" -> logPath = args[i + 1];
                case "--latency-ms" -> latencyMs = Long.parseLong(args[i + 1]);
                case "--throttle-every" -> throttleEvery = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (logPath == null) {
            throw new IllegalArgumentException("--log FILE is required");
        }
        BufferedWriter log = new BufferedWriter(new FileWriter(logPath, StandardCharsets.UTF_8), 1 << 16);
        AtomicLong sends = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36); // wamids stay unique across restarts of the fake
        long latency = latencyMs;
        long throttle = throttleEvery;
        // Without TCP_NODELAY the JDK's server and client meet Nagle's algorithm and delayed ACKs on loopback: every
        // answer waited ~40 ms, which capped the app's 8 send threads at ~150 messages/s.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/message_templates")) {
                    answer(exchange, 200, TEMPLATES);
                } else if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/messages")) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    Matcher to = TO.matcher(body);
                    String recipient = to.find() ? to.group(1) : "?";
                    long n = sends.incrementAndGet();
                    if (latency > 0) {
                        Thread.sleep(latency);
                    }
                    if (throttle > 0 && n % throttle == 0) {
                        synchronized (log) {
                            log.write("THROTTLED " + recipient + " " + System.currentTimeMillis() + "\n");
                        }
                        answer(exchange, 400, "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"type\":"
                                + "\"OAuthException\",\"code\":130429,\"error_data\":{\"messaging_product\":\"whatsapp\","
                                + "\"details\":\"Cloud API message throughput has been reached.\"},\"fbtrace_id\":\"x\"}}");
                        return;
                    }
                    synchronized (log) {
                        log.write(recipient + " " + System.currentTimeMillis() + "\n");
                    }
                    answer(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + recipient
                            + "\",\"wa_id\":\"" + recipient + "\"}],\"messages\":[{\"id\":\"wamid.FAKE" + run + "." + n + "\"}]}");
                } else {
                    answer(exchange, 404, "{\"error\":{\"message\":\"Unknown path\",\"code\":100}}");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (log) {
                try {
                    log.flush();
                } catch (IOException ignored) {
                    // the process is ending
                }
            }
        }));
        Thread flusher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                    synchronized (log) {
                        log.flush();
                    }
                } catch (InterruptedException | IOException e) {
                    return;
                }
            }
        });
        flusher.setDaemon(true);
        flusher.start();
        server.start();
        System.out.println("fake Graph API on http://127.0.0.1:" + port);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
