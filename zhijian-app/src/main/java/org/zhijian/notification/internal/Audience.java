package org.zhijian.notification.internal;

import java.util.Optional;
import org.zhijian.platform.access.Scope;

/** The notices a reader receives: the province's, one prefecture's or one county's. */
record Audience(String level, String regionCode) {

    /** The audience of a read scope; enterprises and the public receive none. */
    static Optional<Audience> of(Scope scope) {
        return switch (scope.kind()) {
            case ALL -> Optional.of(new Audience("PROVINCE", ""));
            case PREFECTURE -> Optional.of(new Audience("PREFECTURE", scope.code()));
            case COUNTY -> Optional.of(new Audience("COUNTY", scope.code()));
            case ENTERPRISE, NONE -> Optional.empty();
        };
    }
}
