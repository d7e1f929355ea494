package com.phonesmith.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

public final class Ports {
    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /**
     * The first of {@code count} consecutive ports that are all free now, below the kernel's ephemeral range
     * (32768 and up), so that no port handed out by {@link #free()} or to an outgoing connection can fall in
     * it; and outside {@code avoid}, ranges already chosen as {first, count} pairs.
     */
    public static int freeRange(int count, int[]... avoid) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 500; attempt++) {
            int first = 20000 + random.nextInt(32000 - 20000 - count);
            boolean usable = java.util.Arrays.stream(avoid)
                    .noneMatch(range -> first < range[0] + range[1] && range[0] < first + count);
            for (int port = first; port < first + count && usable; port++) {
                usable = canBind(port);
            }
            if (usable) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports below 32000");
    }

    static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void awaitOpen(int port, Duration timeout, ChildJvm process) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited before opening port " + port);
            }
            if (inUse(port)) {
                return;
            }
            Sleep.millis(200);
        }
        throw new IllegalStateException("nothing listens on port " + port + " after " + timeout);
    }
}
