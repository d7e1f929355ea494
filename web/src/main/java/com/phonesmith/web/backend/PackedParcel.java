package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A phone an operator packed by scanning it: its order, its parcel with the carrier, its label. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackedParcel(String orderId, String imei, String carrier, String trackingNumber) {
}
