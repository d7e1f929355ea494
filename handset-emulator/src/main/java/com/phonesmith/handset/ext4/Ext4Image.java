package com.phonesmith.handset.ext4;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads files out of an ext4 (or ext2/ext3) partition image without mounting it, so that a virtual handset can
 * report what was really flashed onto it. The image is read with positional reads as needed, never loaded whole.
 *
 * <p>Handles any block size, extent trees of any depth (unwritten extents read as zeros), classic block maps
 * with indirect blocks, holes, hashed (dir_index) directories, 64-bit block numbers and group descriptors, and
 * the flex_bg and meta_bg layouts. Symbolic links are reported, not followed: their absolute targets refer to
 * the device's whole directory tree, which one partition does not hold. Images using inline_data, encrypted
 * files, or with a journal still to replay are refused with an {@link Ext4FormatException} saying so.
 *
 * <p>Paths are absolute and use '/' between names, which are compared as UTF-8 bytes. An instance is safe to
 * use from several threads; close it to release the image file.
 */
public final class Ext4Image implements Closeable {
    /** The file size limit of {@link #open(Path)}. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L << 20;
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    private static final long ROOT_INODE = 2;
    private static final int MAX_SYMLINK_BYTES = 4096;

    private final Path image;
    private final FileChannel channel;
    private final Volume volume;
    private final long maxFileBytes;

    private Ext4Image(Path image, FileChannel channel, Volume volume, long maxFileBytes) {
        this.image = image;
        this.channel = channel;
        this.volume = volume;
        this.maxFileBytes = maxFileBytes;
    }

    /** Opens an image whose files are read only up to {@link #DEFAULT_MAX_FILE_BYTES}. */
    public static Ext4Image open(Path image) throws IOException {
        return open(image, DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * Opens an image, checking its superblock; {@link #readFile} refuses files larger than maxFileBytes.
     *
     * @throws Ext4FormatException if the file is not ext4, is truncated, or uses a feature this reader lacks
     */
    public static Ext4Image open(Path image, long maxFileBytes) throws IOException {
        if (maxFileBytes < 0 || maxFileBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("file size limit must lie between 0 and " + MAX_ARRAY_BYTES
                    + " bytes, not " + maxFileBytes);
        }
        FileChannel channel = FileChannel.open(image, StandardOpenOption.READ);
        try {
            Volume volume = new Volume(channel, channel.size(), readSuperblock(image, channel));
            Ext4Image opened = new Ext4Image(image, channel, volume, maxFileBytes);
            Inode root = opened.inode(ROOT_INODE);
            if (!root.isDirectory()) {
                throw new Ext4FormatException("root inode is not a directory: the image is damaged");
            }
            return opened;
        } catch (Ext4FormatException e) {
            channel.close();
            throw new Ext4FormatException(image + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Superblock readSuperblock(Path image, FileChannel channel) throws IOException {
        long length = channel.size();
        int magicEnd = Superblock.OFFSET + Superblock.MAGIC_OFFSET + 2;
        if (length < magicEnd) {
            throw new Ext4FormatException("not an ext4 image: at " + length + " bytes it is too short to hold"
                    + " a superblock");
        }
        byte[] bytes = new byte[Superblock.SIZE];
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) Math.min(Superblock.SIZE, length - Superblock.OFFSET));
        Volume.readFully(channel, length, buffer, Superblock.OFFSET);
        if (!Superblock.hasMagic(bytes)) {
            throw new Ext4FormatException(String.format("not an ext4 image: no superblock magic number 0x%04X at"
                    + " byte %d (found 0x%02X%02X)", Superblock.MAGIC, magicEnd - 2,
                    bytes[Superblock.MAGIC_OFFSET + 1], bytes[Superblock.MAGIC_OFFSET]));
        }
        if (length < Superblock.OFFSET + Superblock.SIZE) {
            throw Volume.truncated(Superblock.OFFSET + Superblock.SIZE, length);
        }
        Superblock sb = Superblock.parse(bytes);
        if (length < sb.imageBytes()) {
            throw new Ext4FormatException("image is truncated: the filesystem spans " + sb.imageBytes()
                    + " bytes but the file holds only " + length);
        }
        return sb;
    }

    /**
     * The contents of the regular file at absolutePath, or empty if nothing is there.
     *
     * @throws Ext4FileTooLargeException if the file is over the limit this image was opened with
     * @throws FileSystemException if the path names a directory, a symbolic link or another non-regular file,
     *         or passes through a symbolic link
     * @throws Ext4FormatException if the metadata on the way is damaged or uses something unsupported
     */
    public Optional<byte[]> readFile(String absolutePath) throws IOException {
        try {
            Optional<Inode> found = resolve(absolutePath);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Inode inode = found.get();
            if (inode.isSymlink()) {
                throw symlink(absolutePath, inode);
            }
            if (inode.isDirectory()) {
                throw new FileSystemException(absolutePath, null, "is a directory, not a file");
            }
            if (!inode.isRegularFile()) {
                throw new FileSystemException(absolutePath, null, "is not a regular file");
            }
            if (Long.compareUnsigned(inode.size(), maxFileBytes) > 0) {
                throw new Ext4FileTooLargeException(absolutePath, inode.size(), maxFileBytes);
            }
            if (inode.hasFlag(Inode.FLAG_ENCRYPT)) {
                throw new Ext4FormatException("file is encrypted, which this reader does not support");
            }
            return Optional.of(contents(inode));
        } catch (Ext4FormatException e) {
            throw new Ext4FormatException(image + ": " + absolutePath + ": " + e.getMessage(), e);
        }
    }

    /**
     * The names in the directory at directoryPath, without '.' and '..', sorted.
     *
     * @throws NoSuchFileException if nothing is there
     * @throws NotDirectoryException if the path names something other than a directory
     * @throws FileSystemException if the path is, or passes through, a symbolic link
     * @throws Ext4FormatException if the metadata on the way is damaged or uses something unsupported
     */
    public List<String> list(String directoryPath) throws IOException {
        try {
            Inode directory = resolve(directoryPath).orElseThrow(() -> new NoSuchFileException(directoryPath));
            if (directory.isSymlink()) {
                throw symlink(directoryPath, directory);
            }
            if (!directory.isDirectory()) {
                throw new NotDirectoryException(directoryPath);
            }
            List<String> names = new ArrayList<>();
            Directory.scan(volume, directory, (inode, name) -> {
                if (!Directory.isDotOrDotDot(name)) {
                    names.add(new String(name, StandardCharsets.UTF_8));
                }
                return true;
            });
            names.sort(null);
            return names;
        } catch (Ext4FormatException e) {
            throw new Ext4FormatException(image + ": " + directoryPath + ": " + e.getMessage(), e);
        }
    }

    /** The filesystem's block size in bytes, as its superblock gives it. */
    public int blockSize() {
        return volume.blockSize();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "Ext4Image[" + image + ", " + volume.blockSize() + "-byte blocks]";
    }

    /** The inode at path, not following a symbolic link at its end; empty if some name on the way is missing. */
    private Optional<Inode> resolve(String path) throws IOException {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        Inode current = inode(ROOT_INODE);
        StringBuilder walked = new StringBuilder();
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (current.isSymlink()) {
                throw symlink(walked.toString(), current);
            }
            if (!current.isDirectory()) {
                return Optional.empty();
            }
            OptionalLong child = lookup(current, name);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            current = inode(child.getAsLong());
            walked.append('/').append(name);
        }
        return Optional.of(current);
    }

    private OptionalLong lookup(Inode directory, String name) throws IOException {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        long[] found = {0};
        Directory.scan(volume, directory, (inode, entryName) -> {
            if (Arrays.equals(entryName, wanted)) {
                found[0] = inode;
                return false;
            }
            return true;
        });
        return found[0] == 0 ? OptionalLong.empty() : OptionalLong.of(found[0]);
    }

    private Inode inode(long number) throws IOException {
        Inode inode = volume.readInode(number);
        if (!inode.inUse()) {
            throw new Ext4FormatException("a directory entry names inode " + number + ", which is not in use:"
                    + " the image is damaged");
        }
        return inode;
    }

    /** The inode's first size bytes: written runs copied in, holes and unwritten runs left as zeros. */
    private byte[] contents(Inode inode) throws IOException {
        byte[] data = new byte[(int) inode.size()];
        long blockSize = volume.blockSize();
        for (DataRuns.Run run : DataRuns.of(volume, inode, inode.blocksFor(volume.blockSize()))) {
            if (!run.written()) {
                continue;
            }
            long start = run.logical() * blockSize;
            long end = Math.min((run.logical() + run.count()) * blockSize, data.length);
            volume.readInto(ByteBuffer.wrap(data, (int) start, (int) (end - start)), run.physical() * blockSize);
        }
        return data;
    }

    private FileSystemException symlink(String path, Inode link) throws IOException {
        return new FileSystemException(path, null, "is a symbolic link to '" + linkTarget(link)
                + "', which is not followed");
    }

    private String linkTarget(Inode link) throws IOException {
        if (Long.compareUnsigned(link.size(), MAX_SYMLINK_BYTES) > 0) {
            throw new Ext4FormatException("symbolic link inode " + link.number() + " claims "
                    + Long.toUnsignedString(link.size()) + " bytes: the image is damaged");
        }
        byte[] target = link.isFastSymlink()
                ? Arrays.copyOf(link.blockArea(), (int) link.size())
                : contents(link);
        return new String(target, StandardCharsets.UTF_8);
    }
}
