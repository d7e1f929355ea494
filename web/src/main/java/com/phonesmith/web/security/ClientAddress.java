package com.phonesmith.web.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address of the browser behind a request. Behind a load balancer, Quarkus' proxy settings
 * ({@code quarkus.http.proxy.*}) make the forwarded address the remote address; web never reads forwarding
 * headers itself, which any client could forge.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(RoutingContext routing) {
        if (routing == null) {
            return "unknown";
        }
        SocketAddress address = routing.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
