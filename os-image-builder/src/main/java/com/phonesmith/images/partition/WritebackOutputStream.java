package com.phonesmith.images.partition;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file that is forced to disk once complete, and has its bytes written back to disk while it is still
 * being written: each time another {@link #STEP_BYTES} have been written, a thread of its own forces what is there
 * so far. Without that the kernel keeps a few hundred megabytes in memory until the final force, which then waits
 * for all of them; with it the disk works while the image is still being made, and the final force finds little.
 */
final class WritebackOutputStream extends OutputStream {
    static final long STEP_BYTES = 32L << 20;

    private final FileChannel channel;
    private long written;
    private long forcedUpTo;
    private Thread forcing;
    private volatile IOException failed;

    WritebackOutputStream(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        written += length;
        if (written - forcedUpTo >= STEP_BYTES && (forcing == null || !forcing.isAlive())) {
            forcedUpTo = written;
            forcing = new Thread(this::forceQuietly, "sparse-image-writeback");
            forcing.setDaemon(true);
            forcing.start();
        }
    }

    private void forceQuietly() {
        try {
            channel.force(false);
        } catch (IOException e) {
            failed = e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (forcing != null) {
                forcing.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the image was written back");
        } finally {
            channel.close();
        }
        if (failed != null) {
            throw failed;
        }
    }
}
