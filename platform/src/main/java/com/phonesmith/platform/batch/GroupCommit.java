package com.phonesmith.platform.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands concurrent requests to writer threads (one, or a few), each of which writes whatever has arrived (up to {@code maxSize}, waiting
 * at most {@code maxWait} for more once the first is there) in one call of the {@link Writer}, typically one
 * transaction, and completes each request's future only after that call returned: with the writer's results, in
 * the order of the batch, or all with the writer's failure. While one batch is written the next one gathers, so the
 * busier it is, the larger the batches and the fewer the commits. Plain Java, no Quarkus.
 */
public final class GroupCommit<I, O> implements AutoCloseable {
    /** Writes a batch; answers one result per item, in the batch's order. A throw fails every item of the batch. */
    @FunctionalInterface
    public interface Writer<I, O> {
        List<O> write(List<I> batch) throws Exception;
    }

    private record Waiting<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final BlockingQueue<Waiting<I, O>> queue = new LinkedBlockingQueue<>();
    private final int maxSize;
    private final long maxWaitNanos;
    private final Writer<I, O> writer;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** Writer threads, batch size and wait as the service's settings give them. */
    public GroupCommit(String name, BatchSettings settings, Writer<I, O> writer) {
        this(name, settings.writers(), settings.maxSize(), settings.maxWait(), writer);
    }

    /** One writer thread. */
    public GroupCommit(String name, int maxSize, Duration maxWait, Writer<I, O> writer) {
        this(name, 1, maxSize, maxWait, writer);
    }

    /**
     * {@code writers} threads, each writing a batch of its own: while one waits for its commit, another gathers and
     * writes the next batch.
     */
    public GroupCommit(String name, int writers, int maxSize, Duration maxWait, Writer<I, O> writer) {
        if (maxSize < 1 || writers < 1) {
            throw new IllegalArgumentException("a batch holds at least one item and one thread writes, not "
                    + maxSize + " and " + writers);
        }
        this.maxSize = maxSize;
        this.maxWaitNanos = maxWait.toNanos();
        this.writer = writer;
        for (int i = 1; i <= writers; i++) {
            Thread thread = new Thread(this::loop, name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Queues the item for the next batch; the future completes once its batch was written, or failed. */
    public CompletableFuture<O> submit(I item) {
        CompletableFuture<O> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new IllegalStateException("shut down: nothing more is written"));
            return answer;
        }
        queue.add(new Waiting<>(item, answer));
        if (!running) {
            failWaiting();
        }
        return answer;
    }

    private void loop() {
        List<Waiting<I, O>> batch = new ArrayList<>(maxSize);
        while (running) {
            try {
                gather(batch);
            } catch (InterruptedException e) {
                break;
            }
            write(batch);
            batch.clear();
        }
        batch.forEach(w -> w.answer().completeExceptionally(new IllegalStateException("shut down before writing")));
        failWaiting();
    }

    private void gather(List<Waiting<I, O>> batch) throws InterruptedException {
        batch.add(queue.take());
        queue.drainTo(batch, maxSize - batch.size());
        long deadline = System.nanoTime() + maxWaitNanos;
        while (batch.size() < maxSize && maxWaitNanos > 0) {
            long left = deadline - System.nanoTime();
            Waiting<I, O> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxSize - batch.size());
        }
    }

    private void write(List<Waiting<I, O>> batch) {
        List<I> items = new ArrayList<>(batch.size());
        batch.forEach(w -> items.add(w.item()));
        List<O> results;
        try {
            results = writer.write(List.copyOf(items));
            if (results.size() != batch.size()) {
                throw new IllegalStateException("the writer answered " + results.size() + " results for "
                        + batch.size() + " items");
            }
        } catch (Throwable e) {
            batch.forEach(w -> w.answer().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(results.get(i));
        }
    }

    private void failWaiting() {
        for (Waiting<I, O> waiting; (waiting = queue.poll()) != null; ) {
            waiting.answer().completeExceptionally(new IllegalStateException("shut down before writing"));
        }
    }

    /** Stops after the batch being written; requests still waiting fail. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        failWaiting();
    }
}
