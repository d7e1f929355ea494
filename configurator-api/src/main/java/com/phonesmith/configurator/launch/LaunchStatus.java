package com.phonesmith.configurator.launch;

import java.time.Instant;
import java.util.List;

/**
 * A launch as it stands: its window, when an admin ended it (null unless it was ended before its window closed), where
 * it stands now, the limit per buyer, and per variant the units, how many are sold and left.
 */
public record LaunchStatus(String code, String model, Instant opensAt, Instant closesAt, Instant endedAt, State state,
        int perCustomer, List<Quota> quotas) {

    public record Quota(String colour, int storageGb, int units, int sold, int left) {
    }

    /** Where a launch stands at a moment. */
    public enum State {
        /** Not open yet: its model is not sold until it opens. */
        UPCOMING,
        /** Open: its model is sold only through it, each variant up to its units. */
        OPEN,
        /** Its window closed as planned: its model is sold as usual. */
        CLOSED,
        /** An admin ended it before its window closed (or before it opened): its model is sold as usual. */
        ENDED;

        public static State at(Instant opensAt, Instant closesAt, Instant endedAt, Instant now) {
            if (endedAt != null) {
                return ENDED;
            }
            if (now.isBefore(opensAt)) {
                return UPCOMING;
            }
            return now.isBefore(closesAt) ? OPEN : CLOSED;
        }

        /** Whether the launch can still change: not closed, not ended. */
        public boolean running() {
            return this == UPCOMING || this == OPEN;
        }
    }
}
