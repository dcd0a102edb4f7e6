package io.conversa.campaigns.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events whose listener did not finish (the instance crashed or stopped while handling them, or the listener
 * failed) are handed to their listeners again, by one instance at a time: a bulk recipient's delivery and reply
 * would otherwise stay behind for good. Listeners are idempotent, so an event handled twice changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

    static final Duration OLDER_THAN = Duration.ofSeconds(15);

    @Bean
    RecurringTask<Void> resubmitEventsTask(IncompleteEventPublications incomplete) {
        return Tasks.recurring("resubmit-events", FixedDelay.of(OLDER_THAN))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(OLDER_THAN));
    }
}
