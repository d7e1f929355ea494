package com.phonesmith.web.order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to an order's pages; a guest's carry the order's tracking token. */
public final class OrderLinks {
    private OrderLinks() {
    }

    /** The tracking link of an order: the page a guest follows it on. */
    public static String tracking(String orderId, String trackingToken) {
        return withToken("/orders/" + orderId, trackingToken);
    }

    static String withToken(String path, String trackingToken) {
        if (trackingToken == null || trackingToken.isBlank()) {
            return path;
        }
        return path + "?token=" + URLEncoder.encode(trackingToken, StandardCharsets.UTF_8);
    }
}
