package com.phonesmith.images.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands bytes from one thread to another a whole write at a time: the writer's buffers are queued (copied, so the
 * writer may reuse them) and the reader takes them as they come, so both work at once. A pipe of the JDK's makes
 * the reader drain its ring in small reads and the writer wait until it is empty, which halves the overlap. When
 * the reader closes its end, the writer's next write fails (the writer may then carry on without it); when the
 * writer closes its end, the reader reads to the end of what was written.
 */
final class BytesHandoff {
    private static final byte[] END = new byte[0];
    private static final long PATIENCE_MINUTES = 10;

    private final BlockingQueue<byte[]> queue;
    private volatile boolean readerGone;

    /** buffers: how many writes may wait for the reader before the writer waits. */
    BytesHandoff(int buffers) {
        this.queue = new ArrayBlockingQueue<>(buffers);
    }

    OutputStream writer() {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    hand(Arrays.copyOfRange(bytes, offset, offset + length));
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    hand(END);
                }
            }
        };
    }

    private void hand(byte[] chunk) throws IOException {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (readerGone) {
                    throw new IOException("the reader stopped reading");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing bytes over");
        }
        if (readerGone) {
            throw new IOException("the reader stopped reading");
        }
    }

    InputStream reader() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (position == current.length && !next()) {
                    return -1;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, target, offset, n);
                position += n;
                return n;
            }

            /** Hands each buffer on whole, instead of copying it through a small one. */
            @Override
            public long transferTo(OutputStream out) throws IOException {
                long moved = 0;
                while (position < current.length || next()) {
                    out.write(current, position, current.length - position);
                    moved += current.length - position;
                    position = current.length;
                }
                return moved;
            }

            private boolean next() throws IOException {
                if (ended) {
                    return false;
                }
                try {
                    byte[] chunk = queue.poll(PATIENCE_MINUTES, TimeUnit.MINUTES);
                    if (chunk == null) {
                        throw new IOException("nothing was written for " + PATIENCE_MINUTES + " minutes");
                    }
                    if (chunk == END) {
                        ended = true;
                        return false;
                    }
                    current = chunk;
                    position = 0;
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for bytes");
                }
            }

            @Override
            public void close() {
                readerGone = true;
                queue.clear();
            }
        };
    }
}
