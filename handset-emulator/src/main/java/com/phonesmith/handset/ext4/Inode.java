package com.phonesmith.handset.ext4;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The parts of an on-disk inode that say what it is and where its data lies. */
record Inode(long number, int mode, long size, int flags, byte[] blockArea) {
    /** The fields used here all lie in the first 128 bytes, present whatever the inode size. */
    static final int BYTES_READ = 128;
    static final int BLOCK_AREA_BYTES = 60;

    static final int FLAG_ENCRYPT = 0x800;
    static final int FLAG_EXTENTS = 0x80000;
    static final int FLAG_INLINE_DATA = 0x10000000;

    private static final int TYPE_MASK = 0xF000;
    private static final int TYPE_DIRECTORY = 0x4000;
    private static final int TYPE_REGULAR = 0x8000;
    private static final int TYPE_SYMLINK = 0xA000;

    static Inode parse(long number, ByteBuffer raw) {
        ByteBuffer in = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int mode = Short.toUnsignedInt(in.getShort(0x0));
        long size = Integer.toUnsignedLong(in.getInt(0x4)) | Integer.toUnsignedLong(in.getInt(0x6C)) << 32;
        int flags = in.getInt(0x20);
        byte[] blockArea = new byte[BLOCK_AREA_BYTES];
        in.get(0x28, blockArea);
        return new Inode(number, mode, size, flags, blockArea);
    }

    boolean inUse() {
        return mode != 0;
    }

    boolean isDirectory() {
        return (mode & TYPE_MASK) == TYPE_DIRECTORY;
    }

    boolean isRegularFile() {
        return (mode & TYPE_MASK) == TYPE_REGULAR;
    }

    boolean isSymlink() {
        return (mode & TYPE_MASK) == TYPE_SYMLINK;
    }

    boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** A symlink whose target sits in the block area itself (no data blocks). */
    boolean isFastSymlink() {
        return isSymlink() && !hasFlag(FLAG_EXTENTS) && Long.compareUnsigned(size, BLOCK_AREA_BYTES) < 0;
    }

    /** Number of blocks covering the inode's size. */
    long blocksFor(int blockSize) {
        return size / blockSize + (size % blockSize == 0 ? 0 : 1);
    }
}
