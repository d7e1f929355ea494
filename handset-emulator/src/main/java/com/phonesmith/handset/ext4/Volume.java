package com.phonesmith.handset.ext4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Positional reads of blocks, group descriptors and inodes, each checked against the image's real length. */
final class Volume {
    private static final int DESC_INODE_TABLE_LO = 0x8;
    private static final int DESC_INODE_TABLE_HI = 0x28;

    final Superblock sb;
    private final FileChannel channel;
    private final long imageLength;

    Volume(FileChannel channel, long imageLength, Superblock sb) {
        this.channel = channel;
        this.imageLength = imageLength;
        this.sb = sb;
    }

    int blockSize() {
        return sb.blockSize;
    }

    /** Reads exactly length bytes at position into a little-endian buffer. */
    ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readInto(buffer, position);
        return buffer.flip();
    }

    /** Fills the buffer's remaining space from position. */
    void readInto(ByteBuffer buffer, long position) throws IOException {
        readFully(channel, imageLength, buffer, position);
    }

    /** Fills the buffer's remaining space from position of an image file imageLength bytes long. */
    static void readFully(FileChannel channel, long imageLength, ByteBuffer buffer, long position)
            throws IOException {
        long end = position + buffer.remaining();
        if (end > imageLength) {
            throw truncated(end, imageLength);
        }
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw truncated(end, channel.size());
            }
            at += n;
        }
    }

    static Ext4FormatException truncated(long needed, long length) {
        return new Ext4FormatException("image is truncated: it needs " + needed + " bytes but holds only "
                + length);
    }

    ByteBuffer readBlock(long block) throws IOException {
        checkBlocks(block, 1);
        return read(block * sb.blockSize, sb.blockSize);
    }

    /** Fails unless blocks [first, first + count) all lie inside the filesystem. */
    void checkBlocks(long first, long count) throws Ext4FormatException {
        if (first < 0 || count < 0 || Long.compareUnsigned(first + count, sb.blocksCount) > 0
                || (first < sb.firstDataBlock && count > 0)) {
            throw new Ext4FormatException("metadata points at blocks " + first + "+" + count
                    + " outside the filesystem's " + sb.blocksCount + " blocks: the image is damaged");
        }
    }

    Inode readInode(long number) throws IOException {
        if (number < 1 || number > sb.inodesCount) {
            throw new Ext4FormatException("inode number " + number + " is outside the filesystem's "
                    + sb.inodesCount + " inodes: the image is damaged");
        }
        long group = (number - 1) / sb.inodesPerGroup;
        long index = (number - 1) % sb.inodesPerGroup;
        long table = inodeTable(group);
        long tableBlocks = (sb.inodesPerGroup * sb.inodeSize + sb.blockSize - 1) / sb.blockSize;
        checkBlocks(table, tableBlocks);
        return Inode.parse(number, read(table * sb.blockSize + index * sb.inodeSize, Inode.BYTES_READ));
    }

    private long inodeTable(long group) throws IOException {
        if (group >= sb.groupCount) {
            throw new Ext4FormatException("block group " + group + " is past the filesystem's " + sb.groupCount
                    + " groups: the image is damaged");
        }
        int perBlock = sb.blockSize / sb.descSize;
        long descBlock = descriptorBlock(group / perBlock);
        checkBlocks(descBlock, 1);
        ByteBuffer desc = read(descBlock * sb.blockSize + (group % perBlock) * sb.descSize, sb.descSize);
        long table = Superblock.u32(desc, DESC_INODE_TABLE_LO);
        if (sb.descSize >= DESC_INODE_TABLE_HI + 4) {
            table |= Superblock.u32(desc, DESC_INODE_TABLE_HI) << 32;
        }
        return table;
    }

    /** Where the index-th block of group descriptors lies, with or without the meta_bg layout. */
    private long descriptorBlock(long index) {
        long groupBlock = sb.firstDataBlock;
        if (groupBlock == 0 && sb.blockSize == 1024) {
            groupBlock = 1; // 1 KiB blocks with bigalloc: the superblock still fills block 1
        }
        if (!sb.hasIncompat(Superblock.INCOMPAT_META_BG) || index < sb.firstMetaBg) {
            return groupBlock + 1 + index;
        }
        // meta_bg: each run of groups whose descriptors fill one block keeps that block in its first group
        long firstGroup = index * (sb.blockSize / sb.descSize);
        long first = sb.firstBlockOf(firstGroup);
        if (first == 0 && sb.blockSize == 1024) {
            first = 1;
        }
        return first + (sb.groupHasSuperblock(firstGroup) ? 1 : 0);
    }
}
