package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A work order waiting at a station, in the order the station works them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueuedWork(String orderId, String imei, String model, String colour, int storageGb, String status,
        String slotDay, String shipBy, boolean expedited) {
}
