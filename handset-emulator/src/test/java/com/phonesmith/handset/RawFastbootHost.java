package com.phonesmith.handset;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A bare fastboot TCP host for tests: sends packets and reads replies exactly as they come off the wire. */
final class RawFastbootHost implements AutoCloseable {
    record Reply(String type, String message) {
    }

    /** What a streamed download sends. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawFastbootHost(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawFastbootHost connect(Handset handset) throws IOException {
        RawFastbootHost host = connectWithoutHandshake(handset);
        host.sendRaw("FB01".getBytes(StandardCharsets.US_ASCII));
        String answer = new String(host.readRaw(4), StandardCharsets.US_ASCII);
        if (!answer.equals("FB01")) {
            throw new IOException("unexpected handshake " + answer);
        }
        return host;
    }

    static RawFastbootHost connectWithoutHandshake(Handset handset) throws IOException {
        return new RawFastbootHost(new Socket(handset.host(), handset.port()));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    byte[] readRaw(int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** -1 when the handset closed the connection. */
    int readByte() throws IOException {
        return in.read();
    }

    void sendPacket(byte[] payload) throws IOException {
        sendRaw(ByteBuffer.allocate(8 + payload.length).putLong(payload.length).put(payload).array());
    }

    void send(String command) throws IOException {
        sendPacket(command.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] readPacket() throws IOException {
        long length = in.readLong();
        if (length < 0 || length > 1 << 16) {
            throw new IOException("implausible packet length " + length);
        }
        return readRaw((int) length);
    }

    Reply readReply() throws IOException {
        String packet = new String(readPacket(), StandardCharsets.UTF_8);
        return new Reply(packet.substring(0, 4), packet.substring(4));
    }

    /** Sends the command and returns its final reply, skipping INFO and TEXT. */
    Reply command(String command) throws IOException {
        send(command);
        Reply reply = readReply();
        while (reply.type().equals("INFO") || reply.type().equals("TEXT")) {
            reply = readReply();
        }
        return reply;
    }

    String getvar(String name) throws IOException {
        Reply reply = command("getvar:" + name);
        if (!reply.type().equals("OKAY")) {
            throw new IOException("getvar:" + name + " answered " + reply);
        }
        return reply.message();
    }

    /** download:%08x, the data in one packet, and the handset's final reply. */
    Reply download(byte[] data) throws IOException {
        send(String.format("download:%08x", data.length));
        Reply ready = readReply();
        if (!ready.type().equals("DATA")) {
            return ready;
        }
        sendPacket(data);
        return readReply();
    }

    /** download:%08x, the content streamed in packets of 64 KiB, and the handset's final reply. */
    Reply download(long size, Content content) throws IOException {
        send(String.format("download:%08x", size));
        Reply ready = readReply();
        if (!ready.type().equals("DATA")) {
            return ready;
        }
        try (OutputStream packets = new BufferedOutputStream(new Packets(), 1 << 16)) {
            content.writeTo(packets);
        }
        return readReply();
    }

    /** Sends every write as one fastboot TCP packet; closing sends nothing and leaves the connection open. */
    private final class Packets extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                sendPacket(Arrays.copyOfRange(bytes, offset, offset + length));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
