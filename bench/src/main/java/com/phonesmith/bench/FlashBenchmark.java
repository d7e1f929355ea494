package com.phonesmith.bench;

import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.handset.HandsetRack;
import com.phonesmith.handset.RackConfig;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Flashing a 64 MiB system image onto a virtual handset over fastboot/TCP with the factory's client, against
 * the floor of copying the same bytes through a plain loopback socket.
 */
final class FlashBenchmark implements BenchMain.Benchmark {
    private static final int IMAGE_BYTES = 64 << 20;
    private static final int ROUNDS = 5;
    /** Our client against AOSP's: a few rounds more, as the two differ by less than this machine's noise. */
    private static final int PAIRED_ROUNDS = 8;
    /** USB 2.0 in practice. */
    static final long USB2_BYTES_PER_S = 35_000_000L;

    @Override
    public String description() {
        return "fastboot flash of a 64 MiB image vs a raw loopback copy (MiB/s, best of " + ROUNDS + ")";
    }

    @Override
    public Map<String, String> run() throws Exception {
        Path work = Files.createTempDirectory("phonesmith-bench-flash-");
        Path image = work.resolve("system.img");
        byte[] bytes = new byte[IMAGE_BYTES];
        new Random(42).nextBytes(bytes);
        Files.write(image, bytes);

        double flash = 0;
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(work.resolve("handsets"))
                .withFirstPort(0).withUnitsPerVariant(1))) {
            int port = rack.handsets().get(0).port();
            flashOnce(port, image); // warm-up
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                flashOnce(port, image);
                flash = Math.max(flash, mibPerSecond(System.nanoTime() - start));
            }
        }
        double floor = 0;
        loopbackCopy(bytes);
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            loopbackCopy(bytes);
            floor = Math.max(floor, mibPerSecond(System.nanoTime() - start));
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("flash-throughput-mib-s", String.format("%.1f", flash));
        figures.put("loopback-floor-mib-s", String.format("%.1f", floor));
        figures.put("flash-vs-floor-ratio", String.format("%.2f", flash / floor));
        return figures;
    }

    /**
     * Our client and AOSP's {@code fastboot} (the Debian package, over {@code tcp:}) flashing the same image to the
     * same virtual handset, link speed unlimited, alternating (each first in turn), best of {@link #PAIRED_ROUNDS}
     * each, then once each over a
     * USB 2.0 link: {ours, aosp, ours at USB 2.0, aosp at USB 2.0, the link} in MiB/s.
     * Empty when {@code fastboot} is not on the PATH.
     */
    static java.util.Optional<double[]> oursVsAosp(Path work) throws Exception {
        java.util.Optional<Path> fastboot = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "")
                .split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, "fastboot")).filter(Files::isExecutable)
                .findFirst();
        if (fastboot.isEmpty()) {
            return java.util.Optional.empty();
        }
        Path image = work.resolve("system-aosp.img");
        byte[] bytes = new byte[IMAGE_BYTES];
        new Random(7).nextBytes(bytes);
        Files.write(image, bytes);
        double ours = 0;
        double aosp = 0;
        double oursUsb2;
        double aospUsb2;
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(work.resolve("aosp-handsets"))
                .withFirstPort(0).withUnitsPerVariant(1))) {
            int port = rack.handsets().get(0).port();
            flashOnce(port, image);
            aospFlash(fastboot.get(), port, image);
            // each goes first in turn, so that neither always pays for the other's pages written back to disk
            for (int i = 0; i < PAIRED_ROUNDS; i++) {
                for (int turn = 0; turn < 2; turn++) {
                    long start = System.nanoTime();
                    if ((i + turn) % 2 == 0) {
                        flashOnce(port, image);
                        ours = Math.max(ours, mibPerSecond(System.nanoTime() - start));
                    } else {
                        aospFlash(fastboot.get(), port, image);
                        aosp = Math.max(aosp, mibPerSecond(System.nanoTime() - start));
                    }
                }
            }
            // the same over a USB 2.0 link: both should come near the link's speed
            rack.handsets().get(0).faults().linkSpeed(USB2_BYTES_PER_S);
            long start = System.nanoTime();
            flashOnce(port, image);
            oursUsb2 = mibPerSecond(System.nanoTime() - start);
            start = System.nanoTime();
            aospFlash(fastboot.get(), port, image);
            aospUsb2 = mibPerSecond(System.nanoTime() - start);
        }
        return java.util.Optional.of(new double[] {ours, aosp, oursUsb2, aospUsb2,
                USB2_BYTES_PER_S / (1024.0 * 1024.0)});
    }

    private static void aospFlash(Path fastboot, int port, Path image) throws Exception {
        Process process = new ProcessBuilder(fastboot.toString(), "-s", "tcp:127.0.0.1:" + port, "flash", "system",
                image.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("AOSP fastboot failed to flash: " + output);
        }
    }

    private static void flashOnce(int port, Path image) throws IOException {
        try (FastbootClient client = FastbootClient.connect("127.0.0.1", port, Duration.ofSeconds(30))) {
            client.download(image);
            client.flash("system");
        }
    }

    private static double mibPerSecond(long nanos) {
        return (IMAGE_BYTES / (1024.0 * 1024.0)) / (nanos / 1e9);
    }

    private static void loopbackCopy(byte[] bytes) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread reader = new Thread(() -> {
                try (Socket socket = server.accept(); InputStream in = new DataInputStream(socket.getInputStream())) {
                    byte[] buffer = new byte[1 << 20];
                    long remaining = bytes.length;
                    while (remaining > 0) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        remaining -= n;
                    }
                    socket.getOutputStream().write(1);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            reader.start();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                OutputStream out = socket.getOutputStream();
                for (int offset = 0; offset < bytes.length; offset += 1 << 20) {
                    out.write(bytes, offset, Math.min(1 << 20, bytes.length - offset));
                }
                out.flush();
                socket.getInputStream().read();
            }
            reader.join();
        }
    }
}
