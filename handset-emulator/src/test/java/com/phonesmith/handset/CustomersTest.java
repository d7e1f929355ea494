package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.handset.customer.CustomerConfig;
import com.phonesmith.handset.customer.Customers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shipped handset reaches its customer, activates with a proof made with the secret the factory wrote, and
 * checks in; the endpoint here checks each proof as activations does.
 */
class CustomersTest {
    private static final byte[] SECRET = new byte[32];

    @TempDir
    Path dataDir;
    HandsetRack rack;
    HttpServer activations;
    final List<String> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger unavailable = new AtomicInteger();

    @BeforeEach
    void startRackAndActivations() throws IOException {
        SECRET[0] = 42;
        rack = HandsetRack.start(RackConfig.defaults(dataDir).withFirstPort(0)
                .withLayout(new RackLayout(List.of(new RackLayout.Slot(new Variant("lumo-one", "ink", 64), 2)))));
        activations = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        activations.createContext("/api/devices/", exchange -> {
            String[] path = exchange.getRequestURI().getPath().split("/");
            String imei = path[3];
            String action = path[4].equals("activation") ? DeviceProof.ACTIVATE : DeviceProof.CHECK_IN;
            JsonNode body = new ObjectMapper().readTree(exchange.getRequestBody());
            int status;
            if (unavailable.getAndDecrement() > 0) {
                status = 503;
            } else if (DeviceProof.matches(DeviceProof.verifierOf(SECRET), action, imei,
                    Instant.parse(body.get("timestamp").asText()), body.get("nonce").asText(), body.get("proof").asText())) {
                accepted.add(action + " " + imei);
                status = action.equals(DeviceProof.ACTIVATE) ? 201 : 200;
            } else {
                status = 403;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        activations.start();
    }

    @AfterEach
    void stop() {
        activations.stop(0);
        rack.close();
    }

    @Test
    void aShippedHandsetWithItsSecretActivatesAfterTheDeliveryDelayAndThenChecksIn() throws IOException {
        Handset shipped = rack.handsets().get(0);
        provision(shipped);
        unavailable.set(1); // activations is briefly down: the handset tries again
        try (Customers customers = Customers.start(rack, config(Duration.ofMillis(100)))) {
            customers.shipped(shipped.imei());

            await().atMost(Duration.ofSeconds(30)).until(() -> accepted.contains("check-in " + shipped.imei()));
        }
        assertThat(accepted).startsWith("activate " + shipped.imei());
        assertThat(shipped.delivered()).isTrue();
        assertThat(rack.handsets().get(1).delivered()).isFalse();
    }

    @Test
    void aHandsetWithoutASecretIsDeliveredButCannotActivate() throws Exception {
        Handset shipped = rack.handsets().get(1);
        try (Customers customers = Customers.start(rack, config(Duration.ZERO))) {
            customers.shipped(shipped.imei());

            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(accepted::isEmpty);
        }
        assertThat(shipped.delivered()).isFalse();
    }

    private CustomerConfig config(Duration delay) {
        return new CustomerConfig(URI.create("http://127.0.0.1:" + activations.getAddress().getPort()), delay,
                Duration.ofMillis(200));
    }

    private static void provision(Handset handset) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("oem set-activation-secret " + java.util.HexFormat.of().formatHex(SECRET)))
                    .isEqualTo(new RawFastbootHost.Reply("OKAY", ""));
        }
    }
}
