package com.phonesmith.handset.ext4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a directory's entries by scanning all of its data blocks. Hashed (dir_index) directories need no
 * special care: their tree nodes look like entries with inode 0, or like a '..' entry spanning the block.
 */
final class Directory {
    /** Larger directories are taken for damage rather than read. */
    static final long MAX_DIRECTORY_BYTES = 1L << 30;

    private static final int ENTRY_HEADER_BYTES = 8;
    private static final int MAX_REC_LEN = 65535;

    /** Called for each entry naming an inode, '.' and '..' included; returns false to stop the scan. */
    interface EntryVisitor {
        boolean visit(long inode, byte[] name) throws IOException;
    }

    private Directory() {
    }

    static void scan(Volume volume, Inode directory, EntryVisitor visitor) throws IOException {
        if (directory.hasFlag(Inode.FLAG_ENCRYPT)) {
            throw new Ext4FormatException("directory inode " + directory.number() + " is encrypted, which this"
                    + " reader does not support");
        }
        if (Long.compareUnsigned(directory.size(), MAX_DIRECTORY_BYTES) > 0) {
            throw new Ext4FormatException("directory inode " + directory.number() + " claims "
                    + Long.toUnsignedString(directory.size()) + " bytes: the image is damaged");
        }
        int blockSize = volume.blockSize();
        List<DataRuns.Run> runs = DataRuns.of(volume, directory, directory.blocksFor(blockSize));
        boolean filetype = volume.sb.hasIncompat(Superblock.INCOMPAT_FILETYPE);
        for (DataRuns.Run run : runs) {
            if (!run.written()) {
                continue;
            }
            for (long i = 0; i < run.count(); i++) {
                ByteBuffer block = volume.readBlock(run.physical() + i);
                if (!scanBlock(block, blockSize, filetype, directory, run.logical() + i, visitor)) {
                    return;
                }
            }
        }
    }

    private static boolean scanBlock(ByteBuffer block, int blockSize, boolean filetype, Inode directory,
            long logical, EntryVisitor visitor) throws IOException {
        int at = 0;
        while (at + ENTRY_HEADER_BYTES <= blockSize) {
            long inode = Superblock.u32(block, at);
            int recLen = recLen(Superblock.u16(block, at + 4), blockSize);
            int nameLen = filetype ? Byte.toUnsignedInt(block.get(at + 6)) : Superblock.u16(block, at + 6);
            if (recLen < ENTRY_HEADER_BYTES || recLen % 4 != 0 || at + recLen > blockSize
                    || ENTRY_HEADER_BYTES + nameLen > recLen) {
                throw new Ext4FormatException("directory inode " + directory.number() + " has a damaged entry at"
                        + " byte " + at + " of its block " + logical);
            }
            if (inode != 0 && nameLen > 0) {
                byte[] name = new byte[nameLen];
                block.get(at + ENTRY_HEADER_BYTES, name);
                if (!visitor.visit(inode, name)) {
                    return false;
                }
            }
            at += recLen;
        }
        return true;
    }

    /** Record lengths of 64 KiB and more (possible with 64 KiB blocks) are stored in a folded form. */
    private static int recLen(int stored, int blockSize) {
        if (blockSize < 65536) {
            return stored;
        }
        if (stored == MAX_REC_LEN || stored == 0) {
            return blockSize;
        }
        return (stored & 0xFFFC) | (stored & 3) << 16;
    }

    static boolean isDotOrDotDot(byte[] name) {
        return Arrays.equals(name, new byte[] {'.'}) || Arrays.equals(name, new byte[] {'.', '.'});
    }
}
