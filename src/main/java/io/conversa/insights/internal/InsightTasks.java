package io.conversa.insights.internal;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The durable task that analyzes one conversation (its id is the task's), retried a few times if the database fails. */
@Configuration(proxyBeanMethods = false)
class InsightTasks {

    @Bean
    OneTimeTask<String> analyzeConversationTask(@Lazy AnalysisSchedule schedule) {
        return Tasks.oneTime("analyze-conversation", String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        5, new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30))))
                .execute((instance, context) -> schedule.run(instance.getData(), instance.getId()));
    }
}
