package com.phonesmith.factory.fastboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wire-level cases the emulator never produces (TEXT replies, a peer that is not a fastboot device), played
 * by a one-connection scripted peer.
 */
class FastbootClientProtocolTest {
    private ServerSocket server;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aPeerThatDoesNotAnswerTheHandshakeWithFbIsRefused() {
        peer(socket -> {
            socket.getInputStream().readNBytes(4);
            socket.getOutputStream().write("HTTP".getBytes(StandardCharsets.US_ASCII));
            return null;
        });

        assertThatThrownBy(this::connect).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("not a fastboot TCP device");
    }

    @Test
    void textRepliesAreCollectedAsTheyArriveAndTheCommandEndsAtOkay() throws IOException {
        CompletableFuture<String> received = peer(socket -> {
            socket.getInputStream().readNBytes(4);
            OutputStream out = socket.getOutputStream();
            out.write("FB01".getBytes(StandardCharsets.US_ASCII));
            String command = readPacket(socket);
            writePacket(out, "TEXTpart one, \u0000");
            writePacket(out, "INFOhalfway");
            writePacket(out, "OKAYdone");
            socket.getInputStream().read();
            return command;
        });

        try (FastbootClient client = connect()) {
            assertThat(client.command("oem-style-command")).isEqualTo("done");
            assertThat(client.messages()).isEqualTo(List.of("part one, ", "halfway"));
        }
        assertThat(received.join()).isEqualTo("oem-style-command");
    }

    @Test
    void aReplyLongerThanAnyFastbootReplyBreaksTheConnection() throws IOException {
        peer(socket -> {
            socket.getInputStream().readNBytes(4);
            OutputStream out = socket.getOutputStream();
            out.write("FB01".getBytes(StandardCharsets.US_ASCII));
            readPacket(socket);
            out.write(ByteBuffer.allocate(8).putLong(1L << 40).array());
            socket.getInputStream().read();
            return null;
        });

        try (FastbootClient client = connect()) {
            assertThatThrownBy(() -> client.getvar("version")).isInstanceOf(ProtocolException.class);
            assertThatThrownBy(() -> client.getvar("version")).isInstanceOf(IllegalStateException.class);
        }
    }

    private FastbootClient connect() throws IOException {
        return FastbootClient.connect("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5));
    }

    interface Script<T> {
        T play(Socket socket) throws IOException;
    }

    private <T> CompletableFuture<T> peer(Script<T> script) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                return script.play(socket);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String readPacket(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] packet = new byte[(int) in.readLong()];
        in.readFully(packet);
        return new String(packet, StandardCharsets.US_ASCII);
    }

    private static void writePacket(OutputStream out, String reply) throws IOException {
        byte[] bytes = reply.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(8 + bytes.length).putLong(bytes.length).put(bytes).array());
        out.flush();
    }
}
