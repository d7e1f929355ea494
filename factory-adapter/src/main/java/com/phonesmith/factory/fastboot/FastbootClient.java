package com.phonesmith.factory.fastboot;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A fastboot host over TCP (transport v1 of AOSP's fastboot/README.md): handshake "FB01", then packets framed
 * by an 8-byte big-endian length. Replies are OKAY, FAIL, DATA, or INFO/TEXT messages that precede them.
 * Not thread-safe: one client drives one device connection.
 */
public final class FastbootClient implements AutoCloseable {
    public static final int MAX_COMMAND_BYTES = 4096;
    /** Downloads go out in packets of this size, so a large image never sits in memory whole. */
    public static final int DOWNLOAD_PACKET_BYTES = 1 << 20;
    /** The protocol caps replies at 256 bytes; a little slack for lenient devices, none for garbage. */
    private static final int MAX_REPLY_BYTES = 4096;
    private static final long MAX_DOWNLOAD_BYTES = 0xFFFFFFFFL;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<String> messages = new ArrayList<>();
    private Consumer<String> messageListener = message -> { };
    private List<String> currentMessages = new ArrayList<>();

    private FastbootClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects and shakes hands; timeout bounds the connect and every later wait for the device. */
    public static FastbootClient connect(String host, int port, Duration timeout) throws IOException {
        int millis = Math.toIntExact(timeout.toMillis());
        // a channel's socket, so that a file can go to the device from a native buffer
        Socket socket = SocketChannel.open().socket();
        try {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            FastbootClient client = new FastbootClient(socket);
            client.handshake(host + ":" + port);
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void handshake(String address) throws IOException {
        out.write("FB01".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] answer = new byte[4];
        try {
            in.readFully(answer);
        } catch (EOFException e) {
            throw new ProtocolException(address + " closed the connection during the fastboot handshake");
        }
        String version = new String(answer, StandardCharsets.US_ASCII);
        // both sides then speak the lower version; any device version from 1 up speaks ours
        if (!version.matches("FB\\d\\d") || Integer.parseInt(version.substring(2)) < 1) {
            throw new ProtocolException(address + " is not a fastboot TCP device (handshake " + printable(answer) + ")");
        }
    }

    /** Receives every INFO and TEXT message as it arrives (TEXT as sent, without a trailing NUL). */
    public FastbootClient onMessage(Consumer<String> listener) {
        this.messageListener = Objects.requireNonNull(listener);
        return this;
    }

    /** Every INFO and TEXT message the device sent on this connection, oldest first. */
    public List<String> messages() {
        return Collections.unmodifiableList(new ArrayList<>(messages));
    }

    public String getvar(String name) throws IOException {
        return command("getvar:" + name);
    }

    /** getvar:all, whose answer comes as one INFO {@code name:value} line per variable. */
    public AllVariables getvarAll() throws IOException {
        command("getvar:all");
        return new AllVariables(currentMessages);
    }

    public void download(byte[] data) throws IOException {
        startDownload(data.length);
        for (int offset = 0; offset < data.length; offset += DOWNLOAD_PACKET_BYTES) {
            writePacket(data, offset, Math.min(DOWNLOAD_PACKET_BYTES, data.length - offset));
        }
        finish("download");
    }

    /**
     * Sends the file to the device as one packet, as AOSP's fastboot does, read in {@value #DOWNLOAD_PACKET_BYTES}-byte
     * pieces into one native buffer and written from it to the socket's channel, so the bytes never pass through the
     * Java heap (on loopback it was faster than the kernel's sendfile).
     */
    public void download(Path file) throws IOException {
        try (FileChannel data = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = data.size();
            startDownload(size);
            SocketChannel channel = socket.getChannel();
            try {
                writeFully(channel, ByteBuffer.allocate(Long.BYTES).putLong(size).flip());
                ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(DOWNLOAD_PACKET_BYTES, Math.max(size, 1)));
                for (long sent = 0; sent < size; ) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), size - sent));
                    while (buffer.hasRemaining()) {
                        if (data.read(buffer, sent + buffer.position()) < 0) {
                            throw new IOException(file + " became shorter while it was being sent");
                        }
                    }
                    sent += buffer.flip().remaining();
                    writeFully(channel, buffer);
                }
            } catch (IOException e) {
                throw abort(e);
            }
        }
        finish("download");
    }

    private static void writeFully(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * Streams exactly {@code size} bytes, written by the payload (e.g. a piece of a split sparse image), to the device
     * in {@value #DOWNLOAD_PACKET_BYTES}-byte packets. A payload that writes more or less than announced, or fails
     * part way, breaks the connection: the device is left waiting inside the data phase.
     */
    public void download(long size, Payload payload) throws IOException {
        startDownload(size);
        PacketStream packets = new PacketStream(size);
        try {
            payload.writeTo(packets);
        } catch (IOException e) {
            throw abort(e);
        }
        packets.finish();
        finish("download");
    }

    /** What a download sends: it writes its bytes to the stream it is given and does not close it. */
    @FunctionalInterface
    public interface Payload {
        void writeTo(OutputStream out) throws IOException;
    }

    private void startDownload(long size) throws IOException {
        if (size > MAX_DOWNLOAD_BYTES) {
            throw new IllegalArgumentException("fastboot downloads are at most 4 GiB - 1 byte, not " + size);
        }
        String command = String.format("download:%08x", size);
        sendCommand(command);
        String announced = awaitReply(command, true);
        if (!announced.equalsIgnoreCase(String.format("%08x", size))) {
            throw abort(new ProtocolException("device wants " + announced + " bytes, we announced " + size));
        }
    }

    public void flash(String partition) throws IOException {
        command("flash:" + partition);
    }

    public void erase(String partition) throws IOException {
        command("erase:" + partition);
    }

    /**
     * Makes the slot ({@code a} or {@code b}, the bare letter as AOSP's fastboot sends it) the one the next boot
     * runs and that a partition named without a slot suffix means.
     */
    public void setActive(String slot) throws IOException {
        command("set_active:" + slot);
    }

    /** The device reboots and drops the connection; this client is closed afterwards. */
    public void reboot() throws IOException {
        commandThenClose("reboot");
    }

    public void rebootBootloader() throws IOException {
        commandThenClose("reboot-bootloader");
    }

    /** Sends any command and returns the message of its OKAY. */
    public String command(String command) throws IOException {
        sendCommand(command);
        return awaitReply(command, false);
    }

    private void commandThenClose(String command) throws IOException {
        try {
            command(command);
        } finally {
            close();
        }
    }

    private void finish(String command) throws IOException {
        currentMessages = new ArrayList<>();
        awaitReply(command, false);
    }

    private void sendCommand(String command) throws IOException {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(command) || command.length() > MAX_COMMAND_BYTES) {
            throw new IllegalArgumentException("not a fastboot command (ASCII, at most 4096 bytes): " + command);
        }
        byte[] bytes = command.getBytes(StandardCharsets.US_ASCII);
        if (socket.isClosed()) {
            throw new IllegalStateException("the connection to the device is closed");
        }
        currentMessages = new ArrayList<>();
        writePacket(bytes, 0, bytes.length);
    }

    /** Reads replies until OKAY (or DATA when expected) and returns its message; FAIL throws. */
    private String awaitReply(String command, boolean dataExpected) throws IOException {
        while (true) {
            byte[] reply = readPacket();
            if (reply.length < 4) {
                throw abort(new ProtocolException("reply too short: " + printable(reply)));
            }
            String type = new String(reply, 0, 4, StandardCharsets.US_ASCII);
            String message = new String(reply, 4, reply.length - 4, StandardCharsets.UTF_8);
            switch (type) {
                case "OKAY" -> {
                    return message;
                }
                case "FAIL" -> throw new FastbootException(command, message);
                case "INFO" -> deliver(message);
                case "TEXT" -> deliver(message.replaceAll("\u0000+$", ""));
                case "DATA" -> {
                    if (dataExpected) {
                        return message;
                    }
                    throw abort(new ProtocolException("unexpected DATA reply to " + command));
                }
                default -> throw abort(new ProtocolException("unknown reply " + printable(reply)));
            }
        }
    }

    private void deliver(String message) {
        messages.add(message);
        currentMessages.add(message);
        messageListener.accept(message);
    }

    private byte[] readPacket() throws IOException {
        try {
            long length = in.readLong();
            if (length < 0 || length > MAX_REPLY_BYTES) {
                throw abort(new ProtocolException("reply of " + Long.toUnsignedString(length) + " bytes"));
            }
            byte[] packet = new byte[(int) length];
            in.readFully(packet);
            return packet;
        } catch (EOFException e) {
            throw abort(new EOFException("the device closed the connection"));
        } catch (IOException e) {
            throw abort(e);
        }
    }

    private void writePacket(byte[] data, int offset, int length) throws IOException {
        try {
            out.write(ByteBuffer.allocate(Long.BYTES).putLong(length).array());
            out.write(data, offset, length);
            out.flush();
        } catch (IOException e) {
            throw abort(e);
        }
    }

    /** After a broken exchange the stream position is unknown, so the connection cannot be used again. */
    private <E extends IOException> E abort(E problem) {
        close();
        return problem;
    }

    /** Cuts what a payload writes into download packets and holds it to the announced size. */
    private final class PacketStream extends OutputStream {
        private final long size;
        private final byte[] packet;
        private int filled;
        private long sent;

        PacketStream(long size) {
            this.size = size;
            this.packet = new byte[(int) Math.min(DOWNLOAD_PACKET_BYTES, Math.max(size, 1))];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, data.length);
            if (length > size - sent - filled) {
                throw abort(new IOException("the payload writes more than the " + size + " bytes announced"));
            }
            while (length > 0) {
                int room = Math.min(length, packet.length - filled);
                System.arraycopy(data, offset, packet, filled, room);
                filled += room;
                offset += room;
                length -= room;
                if (filled == packet.length) {
                    sendPacket();
                }
            }
        }

        void finish() throws IOException {
            if (filled > 0) {
                sendPacket();
            }
            if (sent != size) {
                throw abort(new IOException("the payload wrote " + sent + " of the " + size + " bytes announced"));
            }
        }

        private void sendPacket() throws IOException {
            writePacket(packet, 0, filled);
            sent += filled;
            filled = 0;
        }
    }

    private static String printable(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII).replaceAll("[^\\x20-\\x7e]", "?");
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
