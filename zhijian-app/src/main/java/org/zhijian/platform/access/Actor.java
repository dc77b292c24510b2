package org.zhijian.platform.access;

import java.util.Objects;

/**
 * Who is acting: a signed-in user, the public, or the system itself (start-up tasks, the local CLI).
 *
 * @param username account name, {@code anonymous} or {@code system}
 * @param role role key (e.g. {@code COUNTY_OFFICER}), {@code ANONYMOUS} or {@code SYSTEM}
 * @param readScope what the actor may see
 * @param writeScope what the actor may change ({@link Scope#NONE} for read-only roles)
 * @param address the client's network address, empty when not known
 */
public record Actor(String username, String role, Scope readScope, Scope writeScope, String address) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(readScope, "readScope");
        Objects.requireNonNull(writeScope, "writeScope");
        address = address == null ? "" : address;
    }

    public static Actor system(String name) {
        return new Actor(name, "SYSTEM", Scope.ALL, Scope.ALL, "");
    }

    public static Actor anonymous(String address) {
        return new Actor("anonymous", "ANONYMOUS", Scope.NONE, Scope.NONE, address);
    }

    /** Throws {@link AccessDeniedException} (HTTP 403) for read-only actors, who change no records at all. */
    public void checkMayWrite() {
        if (writeScope.kind() == Scope.Kind.NONE) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Throws {@link AccessDeniedException} (HTTP 403) unless the actor may change records of the whole province
     * (province officers and administrators, the system): opening rounds, assessment schemes, detection runs.
     */
    public void checkWritesProvince() {
        if (writeScope.kind() != Scope.Kind.ALL) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Throws {@link AccessDeniedException} (HTTP 403) unless the actor writes for exactly this prefecture: its own
     * officers act for it (submitting, appealing), the province does not act in their name.
     */
    public void checkWritesPrefecture(String prefectureCode) {
        if (writeScope.kind() != Scope.Kind.PREFECTURE || !writeScope.code().equals(prefectureCode)) {
            throw new AccessDeniedException();
        }
    }

    /** Throws {@link AccessDeniedException} (HTTP 403) unless the write scope covers the record. */
    public void checkWrite(String countyCode, String prefectureCode, String uscc) {
        if (!writeScope.covers(countyCode, prefectureCode, uscc)) {
            throw new AccessDeniedException();
        }
    }
}
