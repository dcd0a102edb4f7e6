/*
 * Load generator for Conversa's WhatsApp webhook (POST /webhooks/whatsapp).
 *
 * Single-file Java 17 program, JDK only:   java bench/WebhookLoad.java <mode> [options]
 *
 *   max  --seconds 20 --concurrency 32      closed loop: N workers, each sends the next delivery as soon as the
 *                                           previous one is answered; measures deliveries/s and latency.
 *   rate --rate 1000 --seconds 20           open loop: one timer thread schedules sends at a fixed arrival rate;
 *                                           latency is measured from the *scheduled* send time (no coordinated
 *                                           omission); outstanding requests are bounded, overflow counts as drops.
 *
 * The HTTP client is a minimal HTTP/1.1 keep-alive client over plain sockets, one connection per sender thread:
 * the load generator shares the machine's cores with the app and PostgreSQL, so it must cost as little as possible
 * (the JDK's HttpClient used more CPU than the app under test).
 *
 * Common options (defaults in brackets):
 *   --url URL                [http://127.0.0.1:18080/webhooks/whatsapp]
 *   --secret S               [bench-app-secret]      app secret used for X-Hub-Signature-256
 *   --phone-number-id ID     [106540352242922]
 *   --warmup SECONDS         [5]                     same load, not counted in the figures
 *   --customers N            [2000]                  distinct customer wa_ids, picked at random per delivery
 *   --timeout-ms MS          [5000]                  per-request timeout
 *   --max-outstanding N      [1000]                  rate mode: in-flight cap; a send due beyond it is dropped
 *   --connections N          [64]                    rate mode: sender threads, one keep-alive connection each
 *   --ok-log FILE            []                      append the wamid of every delivery answered 200 (warm-up too)
 *   --seed N                 [42]
 *   --expect-status N        [200]                   the answer counted as success (401 with a wrong --secret
 *                                                    measures the HTTP and signature ceiling, no database)
 *
 * Every delivery carries one text message with a unique wamid (run id + sequence), a Spanish text and a profile
 * name; bodies are ~600 bytes. The last output line is machine readable:
 *   RESULT mode=... ok=... rate=... p50_ms=... p95_ms=... p99_ms=... max_ms=... ok_total=... ...
 * where ok_total counts every 200 including the warm-up (what must be persisted afterwards).
 */

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class WebhookLoad {

    // ------------------------------------------------------------------------------------------------ options

    static final class Options {
        String mode;
        String url = "http://127.0.0.1:18080/webhooks/whatsapp";
        String secret = "bench-app-secret";
        String phoneNumberId = "106540352242922";
        String businessAccountId = "102290129340398";
        int seconds = 20;
        int warmup = 5;
        int concurrency = 32;
        double rate = 1000;
        int customers = 2000;
        int timeoutMs = 5000;
        int maxOutstanding = 1000;
        String okLog;
        long seed = 42;
        int expectStatus = 200;
        int connections = 64;

        static Options parse(String[] args) {
            if (args.length == 0 || !(args[0].equals("max") || args[0].equals("rate"))) {
                usage("first argument must be 'max' or 'rate'");
            }
            Options o = new Options();
            o.mode = args[0];
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) usage("missing value for " + a);
                String v = args[++i];
                switch (a) {
                    case "--url" -> o.url = v;
                    case "--secret" -> o.secret = v;
                    case "--phone-number-id" -> o.phoneNumberId = v;
                    case "--business-account-id" -> o.businessAccountId = v;
                    case "--seconds" -> o.seconds = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--concurrency" -> o.concurrency = Integer.parseInt(v);
                    case "--rate" -> o.rate = Double.parseDouble(v);
                    case "--customers" -> o.customers = Integer.parseInt(v);
                    case "--timeout-ms" -> o.timeoutMs = Integer.parseInt(v);
                    case "--max-outstanding" -> o.maxOutstanding = Integer.parseInt(v);
                    case "--ok-log" -> o.okLog = v;
                    case "--expect-status" -> o.expectStatus = Integer.parseInt(v);
                    case "--connections" -> o.connections = Integer.parseInt(v);
                    case "--seed" -> o.seed = Long.parseLong(v);
                    default -> usage("unknown option " + a);
                }
            }
            // Everything bounded: the run can never be open-ended.
            if (o.seconds < 1 || o.seconds > 600) usage("--seconds must be 1..600");
            if (o.warmup < 0 || o.warmup > 120) usage("--warmup must be 0..120");
            if (o.concurrency < 1 || o.concurrency > 1024) usage("--concurrency must be 1..1024");
            if (o.rate <= 0 || o.rate > 50_000) usage("--rate must be in (0, 50000]");
            if (o.customers < 1 || o.customers > 1_000_000) usage("--customers must be 1..1000000");
            if (o.timeoutMs < 10 || o.timeoutMs > 60_000) usage("--timeout-ms must be 10..60000");
            if (o.maxOutstanding < 1 || o.maxOutstanding > 10_000) usage("--max-outstanding must be 1..10000");
            return o;
        }

        static void usage(String problem) {
            System.err.println("WebhookLoad: " + problem);
            System.err.println("usage: java bench/WebhookLoad.java max --seconds 20 --concurrency 32 [options]");
            System.err.println("       java bench/WebhookLoad.java rate --rate 1000 --seconds 20 [options]");
            System.exit(2);
        }
    }

    // ------------------------------------------------------------------------------------------------ payloads

    static final String[] TEXTS = {
        "Hola, buenas tardes. Les escribo por la factura 4587 de octubre: ya hice la transferencia el viernes pero "
                + "todavía me aparece como pendiente. ¿Me pueden confirmar si les llegó? Gracias.",
        "Buenos días, quería saber si puedo pagar la deuda en dos cuotas. Este mes se me complicó un poco con el "
                + "arriendo y prefiero no atrasarme más. Quedo atenta a su respuesta, saludos.",
        "Estimados, adjunto el comprobante del depósito por $125.400 correspondiente a las boletas de septiembre. "
                + "Por favor avísenme cuando quede registrado en el sistema. Muchas gracias.",
        "Hola! Me llegó un cobro que no reconozco, la factura dice noviembre pero yo cancelé el servicio en agosto. "
                + "¿Podrían revisarlo? Tengo el correo de la baja si lo necesitan.",
        "Buenas noches, disculpen la hora. ¿Cuál es la cuenta corriente para transferir? La que tenía guardada me "
                + "da error al agregar el destinatario en la app del banco. Saludos cordiales.",
        "Sí, confirmo que el lunes a primera hora hago el pago del saldo pendiente. Les envío el comprobante por "
                + "este mismo medio apenas me lo entregue el banco. Que tengan buen fin de semana.",
        "Hola, soy la contadora de la empresa. Necesito el detalle de las facturas impagas al 30 de octubre para "
                + "cuadrar con nuestro libro de compras antes del cierre. ¿Me lo pueden mandar?",
        "Buenas tardes, ¿tienen algún descuento por pronto pago? Si es así, puedo pagar todo lo adeudado esta "
                + "misma semana en vez de esperar hasta fin de mes. Quedo atento, gracias.",
    };

    static final String[] FIRST = {
        "María José", "Juan Pablo", "Camila", "Francisco", "Valentina", "Matías", "Constanza", "Sebastián",
        "Catalina", "Joaquín", "Fernanda", "Ignacio", "Javiera", "Tomás", "Daniela", "Cristóbal",
    };

    static final String[] LAST = {
        "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
        "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres",
    };

    /** Builds and signs one delivery. Thread-safe (a Mac per thread). */
    static final class Payloads {
        private final Options o;
        private final String runId;
        private final AtomicLong sequence = new AtomicLong();
        private final ThreadLocal<Mac> mac;
        private final String[] waIds;
        private final String[] names;

        Payloads(Options o) {
            this.o = o;
            // Unique per invocation: wamids never collide with a previous run on the same database.
            this.runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT)
                    + o.mode.toUpperCase(Locale.ROOT);
            byte[] key = o.secret.getBytes(StandardCharsets.UTF_8);
            this.mac = ThreadLocal.withInitial(() -> {
                try {
                    Mac m = Mac.getInstance("HmacSHA256");
                    m.init(new SecretKeySpec(key, "HmacSHA256"));
                    return m;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            SplittableRandom r = new SplittableRandom(o.seed);
            waIds = new String[o.customers];
            names = new String[o.customers];
            for (int i = 0; i < o.customers; i++) {
                waIds[i] = "569" + (20_000_000 + 37L * i); // Chilean mobiles (569 + 8 digits), distinct
                names[i] = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            }
        }

        record Delivery(String wamid, byte[] body, String signature) {}

        Delivery next() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            long seq = sequence.incrementAndGet();
            int c = r.nextInt(waIds.length);
            String waId = waIds[c];
            String wamid = "wamid.HBgL" + waId + "FQIAEhgU" + runId + String.format("%010d", seq);
            String text = TEXTS[r.nextInt(TEXTS.length)];
            long ts = System.currentTimeMillis() / 1000;
            String json = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + o.businessAccountId
                    + "\",\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":"
                    + "{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + o.phoneNumberId + "\"},"
                    + "\"contacts\":[{\"profile\":{\"name\":\"" + names[c] + "\"},\"wa_id\":\"" + waId + "\"}],"
                    + "\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + ts
                    + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]},\"field\":\"messages\"}]}]}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String sig = "sha256=" + HexFormat.of().formatHex(mac.get().doFinal(body));
            return new Delivery(wamid, body, sig);
        }
    }

    // ------------------------------------------------------------------------------------------------ recording

    /** Latencies (µs) of the measured window, exact percentiles by sorting at the end. Capped in size. */
    static final class Recorder {
        private static final int CAP = 5_000_000;
        private final long[] micros = new long[CAP];
        private final AtomicInteger n = new AtomicInteger();
        final LongAdder ok = new LongAdder();
        final LongAdder non200 = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder timeouts = new LongAdder();
        final LongAdder dropped = new LongAdder();
        final LongAdder sent = new LongAdder();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

        void latency(long nanos) {
            int i = n.getAndIncrement();
            if (i < CAP) micros[i] = nanos / 1000;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(micros, Math.min(n.get(), CAP));
            Arrays.sort(copy);
            return copy;
        }

        void status(int code) {
            statuses.computeIfAbsent(code, k -> new LongAdder()).increment();
        }

        void error(Throwable t) {
            errorKinds.computeIfAbsent(t.getClass().getSimpleName(), k -> new LongAdder()).increment();
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))] / 1000.0;
    }

    // ------------------------------------------------------------------------------------------------ main

    private final Options o;
    private final Payloads payloads;
    private final URI uri;
    /** Counted figures: deliveries whose (scheduled) send time falls in [measureStart, measureEnd). */
    private final Recorder measured = new Recorder();
    /** Every 200 of the invocation, warm-up included: the number that must be in the database afterwards. */
    private final LongAdder okTotal = new LongAdder();
    private final LongAdder sentTotal = new LongAdder();
    private final ConcurrentLinkedQueue<String> okWamids = new ConcurrentLinkedQueue<>();
    private long measureStart;
    private long measureEnd;

    WebhookLoad(Options o) {
        this.o = o;
        this.payloads = new Payloads(o);
        this.uri = URI.create(o.url);
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        // Hard stop: whatever happens, the process ends shortly after its planned duration.
        long hardLimitMs = (o.warmup + o.seconds) * 1000L + o.timeoutMs + 30_000L;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(hardLimitMs);
                System.err.println("WebhookLoad: hard time limit reached, exiting");
                System.exit(3);
            } catch (InterruptedException ignored) {
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        new WebhookLoad(o).run();
        System.exit(0);
    }

    void run() throws Exception {
        Payloads.Delivery sample = payloads.next();
        System.out.printf(Locale.ROOT, "WebhookLoad %s -> %s  warm-up %ds, measured %ds, body ~%d bytes, %d customers%n",
                o.mode, o.url, o.warmup, o.seconds, sample.body().length, o.customers);
        long t0 = System.nanoTime();
        measureStart = t0 + TimeUnit.SECONDS.toNanos(o.warmup);
        measureEnd = measureStart + TimeUnit.SECONDS.toNanos(o.seconds);
        if (o.mode.equals("max")) {
            runClosedLoop();
        } else {
            runOpenLoop(t0);
        }
        report();
        if (o.okLog != null) {
            Files.write(Path.of(o.okLog), okWamids, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /**
     * One keep-alive HTTP/1.1 connection: writes a POST, reads the status line and headers, skips the body
     * (Content-Length or chunked). Reconnects after an error or a "Connection: close". Not thread-safe.
     */
    final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] head;

        Connection() {
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            head = ("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                            + "\r\nUser-Agent: facebookexternalua\r\nContent-Type: application/json\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        int post(Payloads.Delivery d) throws IOException {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    socket.setSoTimeout(o.timeoutMs);
                    in = new BufferedInputStream(socket.getInputStream(), 8192);
                    out = socket.getOutputStream();
                }
                ByteArrayOutputStream req = new ByteArrayOutputStream(head.length + d.body().length + 160);
                req.write(head);
                req.write(("X-Hub-Signature-256: " + d.signature() + "\r\nContent-Length: " + d.body().length
                                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                req.write(d.body());
                req.writeTo(out);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private int readResponse() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                else if (lower.startsWith("connection:") && lower.contains("close")) closeAfter = true;
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { } // trailers
            } else {
                skip(length);
            }
            if (closeAfter) close();
            return code;
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) throw new IOException("connection closed by server");
                if (c != '\r') b.append((char) c);
            }
            return b.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) throw new IOException("connection closed by server");
                    k = 1;
                }
                n -= k;
            }
        }

        void close() {
            try {
                if (socket != null) socket.close();
            } catch (IOException ignored) {
            }
            socket = null;
        }
    }

    private boolean inWindow(long startNanos) {
        return startNanos >= measureStart && startNanos < measureEnd;
    }

    private void completed(Payloads.Delivery d, long startNanos, int status, Throwable error) {
        long end = System.nanoTime();
        boolean counted = inWindow(startNanos);
        if (status == 200) {
            okTotal.increment();
            okWamids.add(d.wamid());
        }
        if (!counted) return;
        Recorder r = measured;
        if (error != null) {
            if (error instanceof SocketTimeoutException) r.timeouts.increment();
            else r.errors.increment();
            r.error(error);
            return;
        }
        r.status(status);
        if (status == o.expectStatus) {
            r.ok.increment();
            r.latency(end - startNanos);
        } else {
            r.non200.increment();
        }
    }

    // closed loop: each worker waits for its answer before sending the next delivery
    private void runClosedLoop() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(o.concurrency);
        for (int w = 0; w < o.concurrency; w++) {
            Thread t = new Thread(() -> {
                Connection connection = new Connection();
                try {
                    while (System.nanoTime() < measureEnd) {
                        Payloads.Delivery d = payloads.next();
                        long start = System.nanoTime();
                        sentTotal.increment();
                        if (inWindow(start)) measured.sent.increment();
                        try {
                            completed(d, start, connection.post(d), null);
                        } catch (IOException e) {
                            completed(d, start, -1, e);
                            if (e instanceof ConnectException) pause(50); // app gone: do not spin
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connection.close();
                    done.countDown();
                }
            }, "worker-" + w);
            t.setDaemon(true);
            t.start();
        }
        long waitMs = TimeUnit.NANOSECONDS.toMillis(measureEnd - System.nanoTime()) + o.timeoutMs + 5_000;
        if (!done.await(waitMs, TimeUnit.MILLISECONDS)) {
            System.err.println("WebhookLoad: workers did not finish in time");
        }
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    record Due(Payloads.Delivery delivery, long scheduled) {}

    // open loop: sends scheduled at t0 + i/rate and handed to a pool of sender threads; latency from the
    // scheduled time, so time spent waiting for a free connection counts
    private void runOpenLoop(long t0) throws InterruptedException {
        AtomicInteger outstanding = new AtomicInteger();
        BlockingQueue<Due> due = new LinkedBlockingQueue<>();
        Due stop = new Due(null, 0);
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < o.connections; c++) {
            Thread t = new Thread(() -> {
                Connection connection = new Connection();
                try {
                    for (Due next = due.take(); next != stop; next = due.take()) {
                        try {
                            completed(next.delivery(), next.scheduled(), connection.post(next.delivery()), null);
                        } catch (IOException | RuntimeException e) {
                            completed(next.delivery(), next.scheduled(), -1, e);
                        } finally {
                            outstanding.decrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connection.close();
                }
            }, "sender-" + c);
            t.setDaemon(true);
            t.start();
            senders.add(t);
        }
        double periodNanos = 1e9 / o.rate;
        long i = 0;
        while (true) {
            long scheduled = t0 + (long) (i * periodNanos);
            if (scheduled >= measureEnd) break;
            long now = System.nanoTime();
            if (scheduled > now) {
                LockSupport.parkNanos(Math.min(scheduled - now, 200_000));
                continue;
            }
            i++;
            boolean counted = inWindow(scheduled);
            if (outstanding.get() >= o.maxOutstanding) {
                if (counted) measured.dropped.increment();
                continue;
            }
            Payloads.Delivery d = payloads.next();
            sentTotal.increment();
            if (counted) measured.sent.increment();
            outstanding.incrementAndGet();
            due.add(new Due(d, scheduled));
        }
        // drain: wait for the in-flight requests (each bounded by its own timeout)
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(o.timeoutMs + 5_000L);
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (outstanding.get() > 0) {
            System.err.println("WebhookLoad: " + outstanding.get() + " requests still outstanding after drain");
            measured.timeouts.add(outstanding.get());
        }
        senders.forEach(t -> due.add(stop));
    }

    private void report() {
        Recorder r = measured;
        long[] s = r.sorted();
        double secs = o.seconds;
        double okRate = r.ok.sum() / secs;
        double offered = (r.sent.sum() + r.dropped.sum()) / secs;
        double p50 = pct(s, 50), p95 = pct(s, 95), p99 = pct(s, 99), p999 = pct(s, 99.9);
        double max = s.length == 0 ? Double.NaN : s[s.length - 1] / 1000.0;
        double mean = s.length == 0 ? Double.NaN : Arrays.stream(s).average().orElse(0) / 1000.0;
        Map<Integer, Long> statuses = new HashMap<>();
        r.statuses.forEach((k, v) -> statuses.put(k, v.sum()));
        Map<String, Long> errs = new HashMap<>();
        r.errorKinds.forEach((k, v) -> errs.put(k, v.sum()));

        System.out.println("---------------------------------------------------------------");
        if (o.mode.equals("max")) {
            System.out.printf(Locale.ROOT, "closed loop, %d workers, %d s measured%n", o.concurrency, o.seconds);
        } else {
            System.out.printf(Locale.ROOT, "open loop at %.0f/s (offered %.1f/s), %d s measured, max outstanding %d%n",
                    o.rate, offered, o.seconds, o.maxOutstanding);
        }
        System.out.printf(Locale.ROOT, "deliveries answered 200: %d  -> %.1f deliveries/s%n", r.ok.sum(), okRate);
        System.out.printf(Locale.ROOT, "non-200: %d  errors: %d  timeouts: %d  dropped: %d  statuses: %s%s%n",
                r.non200.sum(), r.errors.sum(), r.timeouts.sum(), r.dropped.sum(), statuses,
                errs.isEmpty() ? "" : "  error kinds: " + errs);
        System.out.printf(Locale.ROOT, "latency ms: mean %.2f  p50 %.2f  p95 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%s%n",
                mean, p50, p95, p99, p999, max, o.mode.equals("rate") ? "  (from scheduled send time)" : "");
        System.out.printf(Locale.ROOT, "all 200s this invocation incl. warm-up: %d of %d sent%n", okTotal.sum(), sentTotal.sum());
        List<String> kv = new ArrayList<>();
        kv.add("mode=" + o.mode);
        kv.add("seconds=" + o.seconds);
        kv.add("warmup=" + o.warmup);
        kv.add("concurrency=" + (o.mode.equals("max") ? o.concurrency : 0));
        kv.add(String.format(Locale.ROOT, "target_rate=%.0f", o.mode.equals("rate") ? o.rate : 0.0));
        kv.add("sent=" + r.sent.sum());
        kv.add("ok=" + r.ok.sum());
        kv.add("non200=" + r.non200.sum());
        kv.add("errors=" + r.errors.sum());
        kv.add("timeouts=" + r.timeouts.sum());
        kv.add("dropped=" + r.dropped.sum());
        kv.add(String.format(Locale.ROOT, "rate=%.1f", okRate));
        kv.add(String.format(Locale.ROOT, "p50_ms=%.2f", p50));
        kv.add(String.format(Locale.ROOT, "p95_ms=%.2f", p95));
        kv.add(String.format(Locale.ROOT, "p99_ms=%.2f", p99));
        kv.add(String.format(Locale.ROOT, "max_ms=%.2f", max));
        kv.add("ok_total=" + okTotal.sum());
        kv.add("sent_total=" + sentTotal.sum());
        System.out.println("RESULT " + String.join(" ", kv));
    }
}
