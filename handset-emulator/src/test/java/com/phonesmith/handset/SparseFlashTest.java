package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseFlashTest {
    private static final int BLOCK = 4096;

    @TempDir
    Path dataDir;
    Handset handset;
    RawFastbootHost host;

    @BeforeEach
    void connect() throws IOException {
        handset = HandsetFixture.start(dataDir);
        host = RawFastbootHost.connect(handset);
    }

    @AfterEach
    void disconnect() throws IOException {
        host.close();
        handset.close();
    }

    @Test
    void aSparseImageIsExpandedWhenFlashed() throws IOException {
        byte[] first = randomBlock(1);
        byte[] last = randomBlock(2);
        SparseBuilder sparse = new SparseBuilder(5).raw(first).fill(2, 0x44332211).dontCare(1).raw(last);

        assertThat(host.download(sparse.build()).type()).isEqualTo("OKAY");
        assertThat(host.command("flash:boot").type()).isEqualTo("OKAY");

        byte[] expected = new byte[5 * BLOCK];
        System.arraycopy(first, 0, expected, 0, BLOCK);
        for (int i = BLOCK; i < 3 * BLOCK; i += 4) {
            System.arraycopy(new byte[] {0x11, 0x22, 0x33, 0x44}, 0, expected, i, 4);
        }
        System.arraycopy(last, 0, expected, 4 * BLOCK, BLOCK);
        assertThat(handset.flashedImage(Partition.BOOT)).hasValueSatisfying(
                image -> assertThat(image).hasBinaryContent(expected));
    }

    @Test
    void dontCareBlocksKeepWhatAnEarlierPartOfASplitImageWrote() throws IOException {
        byte[] first = randomBlock(3);
        byte[] second = randomBlock(4);
        host.download(new SparseBuilder(2).raw(first).dontCare(1).build());
        host.command("flash:vendor");
        host.download(new SparseBuilder(2).dontCare(1).raw(second).build());
        host.command("flash:vendor");

        byte[] expected = Arrays.copyOf(first, 2 * BLOCK);
        System.arraycopy(second, 0, expected, BLOCK, BLOCK);
        assertThat(handset.flashedImage(Partition.VENDOR)).hasValueSatisfying(
                image -> assertThat(image).hasBinaryContent(expected));
    }

    @Test
    void aSparseImageWhoseChunksDoNotAddUpIsRefused() throws IOException {
        host.download(new SparseBuilder(3).raw(randomBlock(5)).build());

        Reply reply = host.command("flash:boot");

        assertThat(reply.type()).isEqualTo("FAIL");
        assertThat(reply.message()).contains("do not add up");
    }

    private static byte[] randomBlock(long seed) {
        byte[] block = new byte[BLOCK];
        new Random(seed).nextBytes(block);
        return block;
    }

    /** Writes libsparse's format: a 28-byte file header, then 12-byte chunk headers each followed by data. */
    private static final class SparseBuilder {
        private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        private final int totalBlocks;
        private int chunkCount;

        SparseBuilder(int totalBlocks) {
            this.totalBlocks = totalBlocks;
        }

        SparseBuilder raw(byte[] blocks) {
            return chunk(0xCAC1, blocks.length / BLOCK, blocks);
        }

        SparseBuilder fill(int blocks, int pattern) {
            return chunk(0xCAC2, blocks, le(4).putInt(pattern).array());
        }

        SparseBuilder dontCare(int blocks) {
            return chunk(0xCAC3, blocks, new byte[0]);
        }

        private SparseBuilder chunk(int type, int blocks, byte[] data) {
            chunks.writeBytes(le(12).putShort((short) type).putShort((short) 0).putInt(blocks)
                    .putInt(12 + data.length).array());
            chunks.writeBytes(data);
            chunkCount++;
            return this;
        }

        byte[] build() {
            ByteBuffer header = le(28).putInt(SparseImage.MAGIC).putShort((short) 1).putShort((short) 0)
                    .putShort((short) 28).putShort((short) 12).putInt(BLOCK).putInt(totalBlocks).putInt(chunkCount)
                    .putInt(0);
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            image.writeBytes(header.array());
            image.writeBytes(chunks.toByteArray());
            return image.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
