package org.zhijian.platform.access;

import java.util.function.Supplier;

/**
 * Tells who is acting now. Inside a web request it is the signed-in user (or the public); code running outside
 * any request (start-up tasks, the local CLI) acts as the system. Background work started on behalf of a user
 * runs with {@link #runAs} so that it keeps that user's scope.
 */
public abstract class CurrentActor {

    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

    /** The actor of the current thread. */
    public Actor get() {
        Actor override = OVERRIDE.get();
        return override != null ? override : resolve();
    }

    /** Resolves the actor from the security context of the current thread. */
    protected abstract Actor resolve();

    /** Runs work as the given actor on this thread. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
