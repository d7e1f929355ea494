package com.phonesmith.handset;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.logging.Logger;

/** One host connection: the handshake, then commands until the host disconnects or the handset reboots. */
final class FastbootSession {
    static final int MAX_COMMAND_BYTES = 4096;
    static final int MAX_REPLY_BYTES = 256;
    /** Beyond this an over-long command is not worth reading past: the connection is dropped instead. */
    private static final long MAX_SKIPPED_COMMAND_BYTES = 1 << 20;
    private static final int DATA_CHUNK_BYTES = 1 << 16;
    private static final Logger LOG = Logger.getLogger(FastbootSession.class.getName());

    private final Handset handset;
    private final TcpTransport transport;
    private final DeviceVariables variables;

    FastbootSession(Handset handset, TcpTransport transport) {
        this.handset = handset;
        this.transport = transport;
        this.variables = new DeviceVariables(handset);
    }

    void run() throws IOException {
        if (!transport.acceptHandshake()) {
            LOG.info(handset.serial() + ": refused a host that does not speak fastboot TCP v1");
            return;
        }
        while (true) {
            OptionalLong length = transport.nextPacketLength();
            if (length.isEmpty()) {
                return;
            }
            if (length.getAsLong() < 0 || length.getAsLong() > MAX_COMMAND_BYTES) {
                if (!refuseLongCommand(length.getAsLong())) {
                    return;
                }
                continue;
            }
            byte[] command = new byte[(int) length.getAsLong()];
            transport.readFully(command, 0, command.length);
            if (!handle(new String(command, StandardCharsets.US_ASCII))) {
                return;
            }
        }
    }

    private boolean refuseLongCommand(long length) throws IOException {
        boolean skippable = length >= 0 && length <= MAX_SKIPPED_COMMAND_BYTES;
        if (skippable) {
            transport.skip(length);
        }
        reply("FAIL", "command too long (max " + MAX_COMMAND_BYTES + " bytes)");
        return skippable;
    }

    /** Carries out one command; false when the connection ends with it (reboot). */
    private boolean handle(String command) throws IOException {
        LOG.fine(() -> handset.serial() + " <- " + command);
        try {
            if (command.startsWith("getvar:")) {
                getvar(command.substring("getvar:".length()));
            } else if (command.startsWith("download:")) {
                download(command.substring("download:".length()));
            } else if (command.startsWith("flash:")) {
                flash(partition(command.substring("flash:".length())));
            } else if (command.startsWith("erase:")) {
                handset.erase(partition(command.substring("erase:".length())));
                reply("OKAY", "");
            } else if (command.startsWith("set_active:")) {
                handset.setActive(slot(command.substring("set_active:".length())));
                reply("OKAY", "");
            } else if (command.equals("reboot") || command.equals("continue")) {
                handset.boot();
                reply("OKAY", "");
                return false;
            } else if (command.equals("reboot-bootloader")) {
                handset.rebootBootloader();
                reply("OKAY", "");
                return false;
            } else if (command.startsWith("oem set-activation-secret ")) {
                handset.provisionActivationSecret(command.substring("oem set-activation-secret ".length()).trim());
                reply("OKAY", "");
            } else if (command.equals("oem set-imei") || command.startsWith("oem set-imei ")) {
                handset.writeImei(command.substring("oem set-imei".length()).trim());
                reply("OKAY", "");
            } else if (command.startsWith("oem fault ")) {
                handset.faults().apply(command.substring("oem fault ".length()));
                reply("OKAY", "");
            } else if (command.equals("oem") || command.startsWith("oem ")) {
                throw new CommandFailure("unknown oem command");
            } else {
                throw new CommandFailure("unknown command");
            }
        } catch (CommandFailure failure) {
            LOG.fine(() -> handset.serial() + " -> FAIL " + failure.getMessage());
            reply("FAIL", failure.getMessage());
        }
        return true;
    }

    private void getvar(String name) throws IOException, CommandFailure {
        if (name.equals("all")) {
            for (String line : variables.all()) {
                reply("INFO", line);
            }
            reply("OKAY", "");
        } else {
            reply("OKAY", variables.get(name));
        }
    }

    private void download(String hexSize) throws IOException, CommandFailure {
        if (!hexSize.matches("[0-9a-fA-F]{1,8}")) {
            throw new CommandFailure("invalid download size");
        }
        long size = Long.parseLong(hexSize, 16);
        if (size > Handset.MAX_DOWNLOAD_SIZE) {
            throw new CommandFailure("download too large (max-download-size is "
                    + DeviceVariables.hex(Handset.MAX_DOWNLOAD_SIZE) + ")");
        }
        reply("DATA", String.format("%08x", size));
        try (OutputStream buffer = handset.store().startDownload()) {
            receiveData(size, buffer);
        }
        handset.store().downloadComplete(size);
        reply("OKAY", "");
    }

    /** The data phase: as many packets as the host likes, short and empty ones included, adding up to size. */
    private void receiveData(long size, OutputStream buffer) throws IOException {
        byte[] chunk = new byte[DATA_CHUNK_BYTES];
        long received = 0;
        long started = System.nanoTime();
        // a pulled cable cuts the download after half its bytes, however small it is and however it is packeted
        long cutAt = handset.faults().takeDisconnect() ? size / 2 : -1;
        while (received < size) {
            OptionalLong length = transport.nextPacketLength();
            if (length.isEmpty()) {
                throw new ProtocolException("host disconnected during download");
            }
            long packetBytes = length.getAsLong();
            if (packetBytes < 0 || packetBytes > size - received) {
                throw new ProtocolException("download packet overruns the announced size");
            }
            for (long left = packetBytes; left > 0; ) {
                long position = received + packetBytes - left;
                if (position == cutAt) {
                    LOG.info(handset.serial() + ": fault: the link drops half way through a download");
                    throw new IOException("fault: link dropped after " + position + " of " + size + " bytes");
                }
                int n = (int) Math.min(Math.min(left, chunk.length), position < cutAt ? cutAt - position : left);
                transport.readFully(chunk, 0, n);
                buffer.write(chunk, 0, n);
                left -= n;
            }
            received += packetBytes;
            Faults.pace(received, handset.faults().linkBytesPerSecond(), started);
        }
    }

    private void flash(PhysicalPartition partition) throws IOException, CommandFailure {
        handset.flash(partition);
        String digest = handset.store().digest(partition).orElseThrow();
        reply("INFO", "wrote " + partition.label() + ", sha256 " + digest);
        reply("OKAY", "");
    }

    /** {@code system_b} is that slot's copy, a bare {@code system} the current slot's, {@code userdata} the one copy. */
    private PhysicalPartition partition(String label) throws CommandFailure {
        return PhysicalPartition.resolve(label, handset.currentSlot());
    }

    /** A slot as set_active names it: the bare letter, as AOSP's fastboot sends it. */
    private static Slot slot(String letter) throws CommandFailure {
        return Slot.named(letter).orElseThrow(() -> new CommandFailure("unknown slot "
                + (letter.isEmpty() ? "(none given)" : letter) + ": this handset has slots a and b"));
    }

    private void reply(String type, String message) throws IOException {
        transport.writePacket(truncate((type + message).getBytes(StandardCharsets.UTF_8), MAX_REPLY_BYTES));
    }

    /** Cuts at a character boundary so a long message never ends in half a UTF-8 sequence. */
    static byte[] truncate(byte[] utf8, int maxBytes) {
        if (utf8.length <= maxBytes) {
            return utf8;
        }
        int end = maxBytes;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(utf8, end);
    }
}
