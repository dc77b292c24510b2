package org.zhijian.account.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * People's names for pages that store who acted by username ({@code ${@people.name(e.actor)}}): the account's
 * display name, else the stored text itself (the system, a demo actor, a removed account). Names are remembered for
 * five minutes, so a long list costs one lookup per person.
 */
@Component("people")
public class PeopleNames {

    private static final long TTL_NANOS = 300_000_000_000L;

    private final Users users;
    private final Map<String, Named> names = new ConcurrentHashMap<>();

    PeopleNames(Users users) {
        this.users = users;
    }

    private record Named(String name, long at) {}

    /** The person's name for a username; blank stays blank. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        long now = System.nanoTime();
        Named known = names.get(username);
        if (known == null || now - known.at() > TTL_NANOS) {
            String name = users.find(username)
                    .map(a -> a.displayName() == null || a.displayName().isBlank() ? username : a.displayName())
                    .orElse(username);
            known = new Named(name, now);
            names.put(username, known);
        }
        return known.name();
    }
}
