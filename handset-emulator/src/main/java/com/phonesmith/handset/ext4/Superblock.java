package com.phonesmith.handset.ext4;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/** The fields of an ext2/3/4 superblock this reader needs, checked as they are parsed. */
final class Superblock {
    static final int OFFSET = 1024;
    static final int SIZE = 1024;
    static final int MAGIC_OFFSET = 0x38;
    static final int MAGIC = 0xEF53;

    static final int COMPAT_SPARSE_SUPER2 = 0x200;

    static final int INCOMPAT_COMPRESSION = 0x1;
    static final int INCOMPAT_FILETYPE = 0x2;
    static final int INCOMPAT_RECOVER = 0x4;
    static final int INCOMPAT_JOURNAL_DEV = 0x8;
    static final int INCOMPAT_META_BG = 0x10;
    static final int INCOMPAT_EXTENTS = 0x40;
    static final int INCOMPAT_64BIT = 0x80;
    static final int INCOMPAT_MMP = 0x100;
    static final int INCOMPAT_FLEX_BG = 0x200;
    static final int INCOMPAT_EA_INODE = 0x400;
    static final int INCOMPAT_DIRDATA = 0x1000;
    static final int INCOMPAT_CSUM_SEED = 0x2000;
    static final int INCOMPAT_LARGEDIR = 0x4000;
    static final int INCOMPAT_INLINE_DATA = 0x8000;
    static final int INCOMPAT_ENCRYPT = 0x10000;
    static final int INCOMPAT_CASEFOLD = 0x20000;

    /** Features that change nothing for reading names and file contents (or that are checked per inode). */
    private static final int INCOMPAT_UNDERSTOOD = INCOMPAT_FILETYPE | INCOMPAT_META_BG | INCOMPAT_EXTENTS
            | INCOMPAT_64BIT | INCOMPAT_MMP | INCOMPAT_FLEX_BG | INCOMPAT_EA_INODE | INCOMPAT_CSUM_SEED
            | INCOMPAT_LARGEDIR | INCOMPAT_ENCRYPT | INCOMPAT_CASEFOLD;

    static final int RO_COMPAT_SPARSE_SUPER = 0x1;
    static final int RO_COMPAT_METADATA_CSUM = 0x400;

    private static final int CHECKSUM_OFFSET = 0x3FC;
    private static final int CHECKSUM_TYPE_CRC32C = 1;
    private static final int MAX_LOG_BLOCK_SIZE = 6; // 64 KiB blocks
    private static final int GOOD_OLD_REV = 0;
    private static final int GOOD_OLD_INODE_SIZE = 128;
    private static final int MIN_64BIT_DESC_SIZE = 64;
    private static final int DESC_SIZE_32BIT = 32;

    final long inodesCount;
    final long blocksCount;
    final long firstDataBlock;
    final int blockSize;
    final long blocksPerGroup;
    final long inodesPerGroup;
    final int inodeSize;
    final int compat;
    final int incompat;
    final int roCompat;
    final int descSize;
    final long firstMetaBg;
    final long[] backupGroups;
    final long groupCount;

    private Superblock(ByteBuffer sb) throws Ext4FormatException {
        inodesCount = u32(sb, 0x0);
        long logBlockSize = u32(sb, 0x18);
        if (logBlockSize > MAX_LOG_BLOCK_SIZE) {
            throw new Ext4FormatException("superblock gives an impossible block size (log " + logBlockSize + ")");
        }
        blockSize = 1024 << logBlockSize;
        firstDataBlock = u32(sb, 0x14);
        blocksPerGroup = u32(sb, 0x20);
        inodesPerGroup = u32(sb, 0x28);
        long revision = u32(sb, 0x4C);
        inodeSize = revision == GOOD_OLD_REV ? GOOD_OLD_INODE_SIZE : u16(sb, 0x58);
        compat = revision == GOOD_OLD_REV ? 0 : sb.getInt(0x5C);
        incompat = revision == GOOD_OLD_REV ? 0 : sb.getInt(0x60);
        roCompat = revision == GOOD_OLD_REV ? 0 : sb.getInt(0x64);
        boolean is64bit = has(incompat, INCOMPAT_64BIT);
        blocksCount = u32(sb, 0x4) | (is64bit ? u32(sb, 0x150) << 32 : 0);
        descSize = is64bit ? u16(sb, 0xFE) : DESC_SIZE_32BIT;
        firstMetaBg = u32(sb, 0x104);
        backupGroups = new long[] {u32(sb, 0x24C), u32(sb, 0x250)};

        checkFeatures();
        if (blocksPerGroup == 0 || inodesPerGroup == 0) {
            throw new Ext4FormatException("superblock gives zero blocks or inodes per group");
        }
        if (inodeSize < GOOD_OLD_INODE_SIZE || Integer.bitCount(inodeSize) != 1 || inodeSize > blockSize) {
            throw new Ext4FormatException("superblock gives an impossible inode size of " + inodeSize);
        }
        if (is64bit && (descSize < MIN_64BIT_DESC_SIZE || Integer.bitCount(descSize) != 1 || descSize > blockSize)) {
            throw new Ext4FormatException("superblock gives an impossible group descriptor size of " + descSize);
        }
        if (blocksCount <= firstDataBlock || Long.compareUnsigned(blocksCount, Long.MAX_VALUE / blockSize) > 0) {
            throw new Ext4FormatException("superblock gives an impossible block count of "
                    + Long.toUnsignedString(blocksCount));
        }
        groupCount = (blocksCount - firstDataBlock + blocksPerGroup - 1) / blocksPerGroup;
        if (has(roCompat, RO_COMPAT_METADATA_CSUM)) {
            checkChecksum(sb);
        }
    }

    /** Parses the 1024 bytes at offset 1024 of an image whose magic number has already been seen. */
    static Superblock parse(byte[] bytes) throws Ext4FormatException {
        return new Superblock(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    }

    static boolean hasMagic(byte[] superblock) {
        return (superblock[MAGIC_OFFSET] & 0xFF | (superblock[MAGIC_OFFSET + 1] & 0xFF) << 8) == MAGIC;
    }

    private void checkFeatures() throws Ext4FormatException {
        if (has(incompat, INCOMPAT_JOURNAL_DEV)) {
            throw new Ext4FormatException("image is an external journal device, not a filesystem");
        }
        if (has(incompat, INCOMPAT_INLINE_DATA)) {
            throw new Ext4FormatException("filesystem uses the inline_data feature (small files and directories"
                    + " kept inside their inodes), which this reader does not support");
        }
        if (has(incompat, INCOMPAT_RECOVER)) {
            throw new Ext4FormatException("filesystem needs journal recovery (it was not cleanly unmounted),"
                    + " so what its metadata says may be out of date");
        }
        List<String> unsupported = new ArrayList<>();
        if (has(incompat, INCOMPAT_COMPRESSION)) {
            unsupported.add("compression");
        }
        if (has(incompat, INCOMPAT_DIRDATA)) {
            unsupported.add("dirdata");
        }
        int unknown = incompat & ~(INCOMPAT_UNDERSTOOD | INCOMPAT_COMPRESSION | INCOMPAT_DIRDATA);
        if (unknown != 0) {
            unsupported.add(String.format("unknown incompatible features 0x%x", unknown));
        }
        if (!unsupported.isEmpty()) {
            throw new Ext4FormatException("filesystem uses features this reader does not support: "
                    + String.join(", ", unsupported));
        }
    }

    private static void checkChecksum(ByteBuffer sb) throws Ext4FormatException {
        int type = Byte.toUnsignedInt(sb.get(0x175));
        if (type != CHECKSUM_TYPE_CRC32C) {
            throw new Ext4FormatException("superblock names an unknown checksum type " + type);
        }
        CRC32C crc = new CRC32C();
        crc.update(sb.array(), sb.arrayOffset(), CHECKSUM_OFFSET);
        // ext4 keeps the CRC32C register without the final inversion that CRC32C.getValue() applies
        int expected = ~(int) crc.getValue();
        int stored = sb.getInt(CHECKSUM_OFFSET);
        if (stored != expected) {
            throw new Ext4FormatException(String.format(
                    "superblock checksum does not match (stored 0x%08x, computed 0x%08x): the image is damaged",
                    stored, expected));
        }
    }

    boolean hasIncompat(int feature) {
        return has(incompat, feature);
    }

    long imageBytes() {
        return blocksCount * blockSize;
    }

    long firstBlockOf(long group) {
        return firstDataBlock + group * blocksPerGroup;
    }

    /** Whether a group holds a backup superblock (and, outside meta_bg, the descriptors after it). */
    boolean groupHasSuperblock(long group) {
        if (group == 0) {
            return true;
        }
        if (has(compat, COMPAT_SPARSE_SUPER2)) {
            return group == backupGroups[0] || group == backupGroups[1];
        }
        if (group == 1 || !has(roCompat, RO_COMPAT_SPARSE_SUPER)) {
            return true;
        }
        return isPowerOf(group, 3) || isPowerOf(group, 5) || isPowerOf(group, 7);
    }

    private static boolean isPowerOf(long value, int base) {
        long n = value;
        while (n % base == 0) {
            n /= base;
        }
        return n == 1;
    }

    private static boolean has(int features, int feature) {
        return (features & feature) != 0;
    }

    static long u32(ByteBuffer buffer, int offset) {
        return Integer.toUnsignedLong(buffer.getInt(offset));
    }

    static int u16(ByteBuffer buffer, int offset) {
        return Short.toUnsignedInt(buffer.getShort(offset));
    }
}
