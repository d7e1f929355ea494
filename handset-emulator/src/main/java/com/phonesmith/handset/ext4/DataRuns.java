package com.phonesmith.handset.ext4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an inode's logical blocks to blocks of the image, from its extent tree or from a classic block map.
 * Only blocks below a given count are mapped, so a huge or hostile map is never walked past the file's size.
 */
final class DataRuns {
    /** Logical blocks [logical, logical + count) lie at [physical, physical + count); unwritten ones read as zeros. */
    record Run(long logical, long physical, long count, boolean written) {
    }

    static final int EXTENT_MAGIC = 0xF30A;
    private static final int EXTENT_HEADER_BYTES = 12;
    private static final int EXTENT_ENTRY_BYTES = 12;
    private static final int MAX_EXTENT_DEPTH = 5;
    private static final int MAX_WRITTEN_EXTENT = 32768;

    private static final int DIRECT_BLOCKS = 12;
    private static final int INDIRECT_LEVELS = 3;

    private final Volume volume;
    private final Inode inode;
    private final long neededBlocks;
    private final List<Run> runs = new ArrayList<>();

    private DataRuns(Volume volume, Inode inode, long neededBlocks) {
        this.volume = volume;
        this.inode = inode;
        this.neededBlocks = neededBlocks;
    }

    /** The runs holding the inode's first neededBlocks logical blocks, in logical order; holes are left out. */
    static List<Run> of(Volume volume, Inode inode, long neededBlocks) throws IOException {
        if (inode.hasFlag(Inode.FLAG_INLINE_DATA)) {
            throw new Ext4FormatException("inode " + inode.number() + " keeps its data inline, which this reader"
                    + " does not support");
        }
        DataRuns mapper = new DataRuns(volume, inode, neededBlocks);
        if (neededBlocks > 0) {
            ByteBuffer area = ByteBuffer.wrap(inode.blockArea()).order(ByteOrder.LITTLE_ENDIAN);
            if (inode.hasFlag(Inode.FLAG_EXTENTS)) {
                mapper.extentNode(area, -1);
            } else {
                mapper.blockMap(area);
            }
        }
        return mapper.runs;
    }

    private void extentNode(ByteBuffer node, int expectedDepth) throws IOException {
        int magic = Short.toUnsignedInt(node.getShort(0));
        int entries = Short.toUnsignedInt(node.getShort(2));
        int max = Short.toUnsignedInt(node.getShort(4));
        int depth = Short.toUnsignedInt(node.getShort(6));
        if (magic != EXTENT_MAGIC) {
            throw damaged(String.format("has a bad extent header magic 0x%04x", magic));
        }
        if (entries > max || EXTENT_HEADER_BYTES + max * EXTENT_ENTRY_BYTES > node.capacity()
                || depth > MAX_EXTENT_DEPTH || (expectedDepth >= 0 && depth != expectedDepth)) {
            throw damaged("has an inconsistent extent tree node (entries " + entries + ", max " + max
                    + ", depth " + depth + ")");
        }
        for (int i = 0; i < entries; i++) {
            int at = EXTENT_HEADER_BYTES + i * EXTENT_ENTRY_BYTES;
            long logical = Superblock.u32(node, at);
            if (logical >= neededBlocks) {
                return; // entries are sorted by logical block
            }
            if (depth > 0) {
                long child = Superblock.u32(node, at + 4) | (long) Superblock.u16(node, at + 8) << 32;
                extentNode(volume.readBlock(child), depth - 1);
            } else {
                int length = Superblock.u16(node, at + 4);
                boolean written = length <= MAX_WRITTEN_EXTENT;
                long count = written ? length : length - MAX_WRITTEN_EXTENT;
                long physical = (long) Superblock.u16(node, at + 6) << 32 | Superblock.u32(node, at + 8);
                add(logical, physical, Math.min(count, neededBlocks - logical), written);
            }
        }
    }

    private void blockMap(ByteBuffer area) throws IOException {
        for (int i = 0; i < DIRECT_BLOCKS && i < neededBlocks; i++) {
            long block = Superblock.u32(area, i * 4);
            if (block != 0) {
                add(i, block, 1, true);
            }
        }
        long perBlock = volume.blockSize() / 4;
        long logical = DIRECT_BLOCKS;
        long span = perBlock;
        for (int level = 1; level <= INDIRECT_LEVELS && logical < neededBlocks; level++) {
            long block = Superblock.u32(area, (DIRECT_BLOCKS + level - 1) * 4);
            if (block != 0) {
                indirect(block, level, logical, span);
            }
            logical += span;
            span *= perBlock;
        }
    }

    /** An indirect block at the given level (1 = it points at data) covering span logical blocks from logical. */
    private void indirect(long block, int level, long logical, long span) throws IOException {
        ByteBuffer pointers = volume.readBlock(block);
        long perBlock = volume.blockSize() / 4;
        long childSpan = span / perBlock;
        for (int i = 0; i < perBlock; i++) {
            long childLogical = logical + i * childSpan;
            if (childLogical >= neededBlocks) {
                return;
            }
            long child = Superblock.u32(pointers, i * 4);
            if (child == 0) {
                continue;
            }
            if (level == 1) {
                add(childLogical, child, 1, true);
            } else {
                indirect(child, level - 1, childLogical, childSpan);
            }
        }
    }

    private void add(long logical, long physical, long count, boolean written) throws Ext4FormatException {
        if (count <= 0) {
            return;
        }
        volume.checkBlocks(physical, count);
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (logical < last.logical() + last.count()) {
                throw damaged("maps logical block " + logical + " twice or out of order");
            }
            if (last.written() == written && last.logical() + last.count() == logical
                    && last.physical() + last.count() == physical) {
                runs.set(runs.size() - 1, new Run(last.logical(), last.physical(), last.count() + count, written));
                return;
            }
        }
        runs.add(new Run(logical, physical, count, written));
    }

    private Ext4FormatException damaged(String problem) {
        return new Ext4FormatException("inode " + inode.number() + " " + problem + ": the image is damaged");
    }
}
