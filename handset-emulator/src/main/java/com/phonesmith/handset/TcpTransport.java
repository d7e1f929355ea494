package com.phonesmith.handset;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Device side of fastboot's TCP transport v1 (AOSP fastboot/README.md, "TCP Protocol v1"): the host sends
 * "FB" and a two-digit version, the device answers "FB01"; afterwards every packet in either direction is
 * an unsigned 8-byte big-endian length followed by that many bytes.
 */
final class TcpTransport {
    static final String HANDSHAKE = "FB01";

    private final DataInputStream in;
    private final OutputStream out;

    TcpTransport(Socket socket) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Reads the host's handshake and answers it; false (nothing sent) when the host does not speak v1 or later. */
    boolean acceptHandshake() throws IOException {
        byte[] handshake = new byte[HANDSHAKE.length()];
        in.readFully(handshake);
        if (!isSupportedHandshake(new String(handshake, StandardCharsets.US_ASCII))) {
            return false;
        }
        out.write(HANDSHAKE.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
    }

    /** Both sides then speak the lower of the two versions, so any host version from 1 up will do. */
    static boolean isSupportedHandshake(String handshake) {
        return handshake.matches("FB\\d\\d") && Integer.parseInt(handshake.substring(2)) >= 1;
    }

    /** The length of the next packet, or empty when the host closed the connection between packets. */
    OptionalLong nextPacketLength() throws IOException {
        int first = in.read();
        if (first < 0) {
            return OptionalLong.empty();
        }
        long length = first;
        for (int i = 1; i < Long.BYTES; i++) {
            length = (length << 8) | in.readUnsignedByte();
        }
        return OptionalLong.of(length);
    }

    void readFully(byte[] buffer, int offset, int length) throws IOException {
        in.readFully(buffer, offset, length);
    }

    void skip(long length) throws IOException {
        for (long left = length; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    void writePacket(byte[] payload) throws IOException {
        out.write(ByteBuffer.allocate(Long.BYTES + payload.length).putLong(payload.length).put(payload).array());
        out.flush();
    }
}
