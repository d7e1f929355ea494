package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastbootTransportTest {
    @TempDir
    Path dataDir;
    Handset handset;

    @BeforeEach
    void startHandset() throws IOException {
        handset = HandsetFixture.start(dataDir);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    @Test
    void theHandsetAnswersTheHandshakeWithFb01() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connectWithoutHandshake(handset)) {
            host.sendRaw("FB01".getBytes(StandardCharsets.US_ASCII));

            assertThat(new String(host.readRaw(4), StandardCharsets.US_ASCII)).isEqualTo("FB01");
        }
    }

    @Test
    void aHostOfALaterProtocolVersionIsAnsweredWithVersionOne() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connectWithoutHandshake(handset)) {
            host.sendRaw("FB02".getBytes(StandardCharsets.US_ASCII));

            assertThat(new String(host.readRaw(4), StandardCharsets.US_ASCII)).isEqualTo("FB01");
        }
    }

    @Test
    void aWrongHandshakeIsDisconnectedWithoutAnAnswer() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connectWithoutHandshake(handset)) {
            host.sendRaw("HTTP".getBytes(StandardCharsets.US_ASCII));

            assertThat(host.readByte()).isEqualTo(-1);
        }
        try (RawFastbootHost host = RawFastbootHost.connectWithoutHandshake(handset)) {
            host.sendRaw("FB00".getBytes(StandardCharsets.US_ASCII));

            assertThat(host.readByte()).isEqualTo(-1);
        }
    }

    @Test
    void aReplyIsOnePacketWithAnEightByteBigEndianLength() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.send("getvar:version");

            byte[] header = host.readRaw(8);
            assertThat(header).containsExactly(0, 0, 0, 0, 0, 0, 0, 7);
            assertThat(new String(host.readRaw(7), StandardCharsets.US_ASCII)).isEqualTo("OKAY0.4");
        }
    }

    @Test
    void oneConnectionCarriesManyCommandsAndHandsetsServeOneConnectionAfterAnother() throws IOException {
        for (int connection = 0; connection < 3; connection++) {
            try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
                assertThat(host.getvar("product")).isEqualTo("nordvik-fjord");
                assertThat(host.getvar("serialno")).isEqualTo(handset.serial());
            }
        }
    }

    @Test
    void aCommandLongerThan4096BytesFailsAndTheConnectionCarriesOn() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            byte[] longCommand = new byte[4097];
            Arrays.fill(longCommand, (byte) 'a');
            host.sendPacket(longCommand);

            Reply reply = host.readReply();
            assertThat(reply.type()).isEqualTo("FAIL");
            assertThat(reply.message()).contains("too long");
            assertThat(host.getvar("version")).isEqualTo("0.4");
        }
    }

    @Test
    void unknownCommandsAndOemCommandsFail() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("powerdown")).isEqualTo(new Reply("FAIL", "unknown command"));
            assertThat(host.command("oem unlock")).isEqualTo(new Reply("FAIL", "unknown oem command"));
        }
    }

    @Test
    void downloadedDataMayArriveInShortAndEmptyPackets() throws IOException {
        byte[] image = "0123456789abcdef".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.send(String.format("download:%08x", image.length));
            assertThat(host.readReply()).isEqualTo(new Reply("DATA", String.format("%08x", image.length)));
            host.sendPacket(Arrays.copyOfRange(image, 0, 5000));
            host.sendPacket(new byte[0]);
            host.sendPacket(Arrays.copyOfRange(image, 5000, 5001));
            host.sendPacket(Arrays.copyOfRange(image, 5001, image.length));
            assertThat(host.readReply().type()).isEqualTo("OKAY");

            assertThat(host.command("flash:boot").type()).isEqualTo("OKAY");
        }
        assertThat(handset.flashedImage(Partition.BOOT)).hasValueSatisfying(
                file -> assertThat(file).hasBinaryContent(image));
    }

    @Test
    void aDownloadLargerThanMaxDownloadSizeIsRefusedBeforeAnyData() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.send(String.format("download:%08x", Handset.MAX_DOWNLOAD_SIZE + 1));

            Reply reply = host.readReply();
            assertThat(reply.type()).isEqualTo("FAIL");
            assertThat(reply.message()).contains("max-download-size");
            assertThat(host.command("flash:system")).isEqualTo(new Reply("FAIL", "no image downloaded"));
        }
    }

    @Test
    void aPacketOverrunningTheAnnouncedDownloadSizeEndsTheConnection() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.send("download:00000004");
            assertThat(host.readReply().type()).isEqualTo("DATA");
            host.sendRaw(ByteBuffer.allocate(8 + 5).putLong(5).put(new byte[5]).array());

            assertThat(host.readByte()).isEqualTo(-1);
        }
    }

    @Test
    void aStuckHostIsDisconnectedSoTheNextHostGetsServed() throws IOException {
        handset.close();
        handset = HandsetFixture.start(dataDir, 0, Duration.ofMillis(300));
        try (RawFastbootHost stuck = RawFastbootHost.connect(handset);
                RawFastbootHost next = RawFastbootHost.connect(handset)) {
            assertThat(next.getvar("version")).isEqualTo("0.4");
            assertThat(stuck.readByte()).isEqualTo(-1);
        }
    }
}
