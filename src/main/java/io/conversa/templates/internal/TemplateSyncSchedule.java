package io.conversa.templates.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.conversa.identity.Workspaces;
import io.conversa.templates.Templates;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Syncs the template catalog at start and every hour (one instance at a time, through db-scheduler). */
@Configuration(proxyBeanMethods = false)
class TemplateSyncSchedule {

    @Bean
    RecurringTask<Void> templateSyncTask(Templates templates, Workspaces workspaces) {
        return Tasks.recurring("sync-templates", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) ->
                        templates.sync(workspaces.primary().workspaceId()));
    }
}
