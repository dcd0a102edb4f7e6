package io.conversa.sandbox.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the sandbox's delayed work (status webhooks, retries) on two daemon threads of its own. Deliberately not a
 * {@link ScheduledExecutorService} bean: one would silently replace Spring Boot's task scheduler.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SandboxTimer {

    private static final Logger log = LoggerFactory.getLogger(SandboxTimer.class);

    private final ScheduledExecutorService executor;

    public SandboxTimer() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "sandbox-timer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} after {@code delay}; a failure is logged, never thrown at the caller. */
    public void after(Duration delay, Runnable task) {
        try {
            executor.schedule(() -> runLogged(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Sandbox timer stopped; task dropped");
        }
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Sandbox task failed", e);
        }
    }

    @PreDestroy
    public void stop() {
        executor.shutdownNow();
    }
}
