package com.phonesmith.factory.support;

import com.phonesmith.handset.HandsetRack;
import com.phonesmith.handset.RackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Starts the standard rack of virtual handsets (96, 2 of each of the 48 variants the shop sells, trusting the key of
 * {@link Bundles}) on consecutive free ports and points the factory's stations at them, plus
 * {@value #SPARE_STATIONS} empty station after the rack where a test can put a handset to make stock appear.
 */
public class HandsetRackTestResource implements QuarkusTestResourceLifecycleManager {
    public static final int SPARE_STATIONS = 1;
    public static final String DATA_DIR_PROPERTY = "phonesmith-test.rack-data-dir";
    /** Below Linux's ephemeral range (32768+), so outgoing connections never hold one of these ports. */
    private static final int LOWEST_PORT = 10000;
    private static final int HIGHEST_PORT = 32000;

    private HandsetRack rack;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("factory-rack-");
            // the handsets boot what the tests' bundles key signed, and nothing else
            Path trustedKeys = Files.writeString(dataDir.resolve("trusted-keys.pem"),
                    Bundles.TEST_BUNDLES.trusted().toPem());
            RackConfig config = RackConfig.defaults(dataDir).withTrustedKeys(trustedKeys);
            int stations = config.layout().handsetCount() + SPARE_STATIONS;
            Random random = new Random();
            IOException last = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                int firstPort = LOWEST_PORT + random.nextInt(HIGHEST_PORT - LOWEST_PORT - stations);
                if (!allFree(firstPort, stations)) {
                    continue;
                }
                try {
                    rack = HandsetRack.start(config.withFirstPort(firstPort));
                } catch (IOException e) {
                    last = e;
                    continue;
                }
                return Map.of(
                        "factory.stations.host", config.host(),
                        "factory.stations.first-port", Integer.toString(firstPort),
                        "factory.stations.count", Integer.toString(stations),
                        "factory.flash.trusted-keys", trustedKeys.toString(),
                        DATA_DIR_PROPERTY, dataDir.toString());
            }
            throw new IllegalStateException("found no " + stations + " consecutive free ports for the rack", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean allFree(int firstPort, int count) {
        for (int port = firstPort; port < firstPort + count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void stop() {
        if (rack != null) {
            rack.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
