package org.zhijian.platform.database;

import java.time.Duration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry ({@code event_publication}) small: publications completed more than 30
 * days ago are deleted every night; incomplete ones stay until they have run.
 */
@Component
class CompletedEventsPurge {

    static final Duration KEPT = Duration.ofDays(30);

    private final CompletedEventPublications completed;

    CompletedEventsPurge(CompletedEventPublications completed) {
        this.completed = completed;
    }

    @Scheduled(cron = "0 40 3 * * *")
    void purge() {
        completed.deletePublicationsOlderThan(KEPT);
    }
}
