package com.phonesmith.configurator.launch;

import java.time.Instant;
import java.util.List;

/** A launch as it stands: its window, the limit per buyer, and per variant the units, how many are sold and left. */
public record LaunchStatus(String code, String model, Instant opensAt, Instant closesAt, int perCustomer,
        List<Quota> quotas) {

    public record Quota(String colour, int storageGb, int units, int sold, int left) {
    }
}
