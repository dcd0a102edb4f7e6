package io.conversa.inbox.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.conversa.inbox.InboxProperties;
import io.conversa.inbox.spi.MediaFetcher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable background work with db-scheduler: tasks live in the database, so they survive restarts and every
 * instance shares them without running one twice. The scheduler joins Spring transactions, so a task scheduled
 * inside one exists only if that transaction commits.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    OneTimeTask<Void> sendMessageTask(OutboundSender sender, InboxProperties properties) {
        return Tasks.oneTime("send-message")
                .onFailure(new BackoffWithJitter<>(properties.sendFirstRetry()))
                .execute((instance, context) -> {
                    try {
                        sender.deliver(UUID.fromString(instance.getId()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RetryLater("interrupted", null);
                    }
                });
    }

    /** Several messages queued together (a bulk send's chunk); each is resent on its own after a retryable error. */
    @Bean
    OneTimeTask<String> sendTogetherTask(OutboundSender sender, InboxProperties properties) {
        return Tasks.oneTime("send-together", String.class)
                .onFailure(new BackoffWithJitter<>(properties.sendFirstRetry()))
                .execute((instance, context) -> {
                    try {
                        sender.deliverTogether(SendQueue.together(instance.getData()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RetryLater("interrupted", null);
                    }
                });
    }

    @Bean
    OneTimeTask<Void> downloadMediaTask(MediaStore media) {
        FailureHandler<Void> retry =
                new FailureHandler.MaxRetriesFailureHandler<>(5, new BackoffWithJitter<>(Duration.ofSeconds(5)));
        return Tasks.oneTime("download-media").onFailure(retry).execute((instance, context) -> {
            try {
                media.download(UUID.fromString(instance.getId()));
            } catch (MediaFetcher.MediaUnavailable e) {
                if (e.retryable()) {
                    throw e;
                }
            }
        });
    }

    @Bean
    OneTimeTask<Void> readReceiptTask(ReadReceipts receipts) {
        FailureHandler<Void> retry =
                new FailureHandler.MaxRetriesFailureHandler<>(3, new BackoffWithJitter<>(Duration.ofSeconds(5)));
        return Tasks.oneTime("send-read-receipt")
                .onFailure(retry)
                .execute((instance, context) -> receipts.send(UUID.fromString(instance.getId())));
    }

    /** Other modules contribute one-time and recurring tasks as beans; recurring ones start with the scheduler. */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(
            DataSource dataSource,
            List<OneTimeTask<?>> tasks,
            List<RecurringTask<?>> recurring,
            InboxProperties properties) {
        SchedulerBuilder builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.copyOf(tasks))
                .startTasks(List.copyOf(recurring))
                .threads(properties.schedulerThreads())
                .pollingInterval(properties.schedulerPollingInterval());
        if (postgres(dataSource)) {
            // SELECT … FOR UPDATE SKIP LOCKED: one query claims a batch, and the next poll comes as soon as the
            // batch runs low. Fetch-then-lock (the default, and what H2 gets) claimed too few per polling interval
            // for bulk sends: the send threads sat idle while hundreds of sends were due.
            builder.pollUsingLockAndFetch(0.5, 4.0);
        }
        return builder.heartbeatInterval(properties.schedulerHeartbeat())
                .enableImmediateExecution()
                .build();
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }
}
