package io.conversa.campaigns.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bulk-send dispatcher as one recurring durable task: db-scheduler runs it on one instance at a time, every
 * second; each run dispatches for up to 20 seconds while there is work, then hands the turn back.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    @Bean
    RecurringTask<Void> bulkDispatchTask(BulkDispatcher dispatcher) {
        return Tasks.recurring("bulk-dispatch", FixedDelay.ofSeconds(1)).execute((instance, context) -> {
            try {
                dispatcher.run(
                        Duration.ofSeconds(20),
                        () -> context.getSchedulerState().isShuttingDown());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
