package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.workorder.FlashAssignment;
import com.phonesmith.factory.workorder.WorkOrderService;
import com.phonesmith.platform.security.ServiceTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Flashes the images of due work orders. Each pass claims work in a short transaction, does the slow work (download,
 * digest check, fastboot, read-back, QA) outside any transaction, several handsets in parallel, and records each
 * outcome with its events in a new transaction. Failed attempts are retried with backoff, then reported.
 */
@ApplicationScoped
public class FlashWorker {
    private static final Logger LOG = Logger.getLogger(FlashWorker.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkOrderService workOrders;
    private final StockService stock;
    private final FlashConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ArtifactDownloader downloader;
    private final HandsetFlasher flasher;
    private final Backoff backoff;
    private final ExecutorService pool;
    /** Ports not flashing right now. */
    private final Semaphore freePorts;

    public FlashWorker(WorkOrderService workOrders, StockService stock, FlashConfig config, Clock clock,
            MeterRegistry metrics, ServiceTokens serviceTokens) {
        this.workOrders = workOrders;
        this.stock = stock;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        this.downloader = new ArtifactDownloader(config.downloadTimeout(), serviceTokens::authorization,
                serviceTokens::invalidate);
        this.flasher = new HandsetFlasher(config.fastbootTimeout(), config.bootTimeout());
        this.backoff = new Backoff(config.backoffInitial(), config.backoffMax(), config.maxAttempts());
        this.freePorts = new Semaphore(config.parallelism());
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.parallelism(), task -> {
            Thread thread = new Thread(task, "flash-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Keeps every port busy: claims as much due work as there are free ports, starts it, and when an attempt ends its
     * port claims the next order at once, without waiting for the others or for the next tick.
     */
    @Scheduled(identity = "flash-worker", every = "${factory.flash.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        claimAndStart();
    }

    private void claimAndStart() {
        int free = freePorts.drainPermits();
        if (free == 0) {
            return;
        }
        List<FlashAssignment> jobs;
        try {
            jobs = QuarkusTransaction.requiringNew().call(() -> workOrders.claimFlashJobs(clock.instant(), free,
                    config.lease()));
        } catch (RuntimeException e) {
            freePorts.release(free);
            LOG.warnf("claiming flash work failed, will retry: %s", e.toString());
            return;
        }
        freePorts.release(free - jobs.size());
        for (FlashAssignment job : jobs) {
            try {
                pool.execute(() -> {
                    try {
                        run(job);
                    } finally {
                        freePorts.release();
                    }
                    if (!pool.isShutdown()) {
                        claimAndStart();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                freePorts.release(); // shutting down: the lease brings the order back
            }
        }
    }

    /** One attempt for one work order, start to recorded outcome. */
    void run(FlashAssignment job) {
        MDC.put("orderId", job.orderId());
        Path file = null;
        try {
            file = Files.createTempFile(workDir(), "image-" + job.orderId() + "-", ".img");
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Readback readback = attempt(job, file, secret);
            QaVerdict verdict = QaRules.check(
                    new QaExpectation(job.imageFingerprint(), job.imageDigest(), job.variant(), job.imei()), readback);
            String flashedDigest = Digests.likeReference(readback.flashedDigest(), job.imageDigest());
            String verifier = DeviceProof.verifierOf(secret);
            java.util.Arrays.fill(secret, (byte) 0);
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> workOrders.flashedAndChecked(job,
                    flashedDigest, readback.fingerprint(), verdict.failure(), verifier));
            if (recorded) {
                count(verdict.passed() ? "qa-passed" : "qa-failed");
                LOG.infof("flashed %s onto %s: QA %s", job.imageDigest(), job.imei(),
                        verdict.failure().map(reason -> "failed: " + reason).orElse("passed"));
            }
        } catch (FlashStepException e) {
            fail(job, e);
        } catch (IOException e) {
            fail(job, FlashStepException.retryable(FlashStepException.DOWNLOAD, "no room for the download: " + e));
        } catch (RuntimeException e) {
            LOG.error("flash attempt " + job.attempt() + " for " + job.orderId() + " failed unexpectedly", e);
            fail(job, FlashStepException.retryable(FlashStepException.FLASH, "unexpected error: " + e));
        } finally {
            deleteQuietly(file);
            MDC.remove("orderId");
        }
    }

    private Readback attempt(FlashAssignment job, Path file, byte[] secret) throws FlashStepException {
        DownloadedArtifact artifact = downloader.download(job.imageUrl(), file);
        if (!Digests.same(artifact.sha256(), job.imageDigest())) {
            throw FlashStepException.retryable(FlashStepException.DOWNLOAD, "downloaded image has digest "
                    + artifact.sha256() + ", expected " + Digests.hex(job.imageDigest()) + " (" + artifact.sizeBytes()
                    + " bytes from " + job.imageUrl() + ")");
        }
        HandsetView handset = stock.find(job.imei()).orElseThrow(() -> FlashStepException.permanent(
                FlashStepException.FLASH, "reserved handset " + job.imei() + " is not in the stock"));
        if (!handset.atStation()) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "reserved handset " + job.imei()
                    + " is not at a station yet: it was received into stock and waits to be plugged into a port");
        }
        FlashTarget target = new FlashTarget(handset.stationHost(), handset.stationPort(), handset.serial());
        Readback readback = flasher.flash(target, file, secret);
        if (readback.flashedDigest() == null) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "handset " + target
                    + " reports nothing flashed to " + HandsetFlasher.PARTITION + " after a successful flash");
        }
        // Flashed is only ever published for a handset that holds exactly the order's image
        if (!Digests.same(readback.flashedDigest(), job.imageDigest())) {
            throw FlashStepException.retryable(FlashStepException.FLASH, "read-back of " + HandsetFlasher.PARTITION
                    + " on " + target + " is " + Digests.hex(readback.flashedDigest()) + ", not the image's "
                    + Digests.hex(job.imageDigest()) + ": the write was corrupted; flashing again");
        }
        return readback;
    }

    private void fail(FlashAssignment job, FlashStepException failure) {
        Optional<Instant> retryAt = failure.retryable()
                ? backoff.delayAfter(job.attempt()).map(delay -> clock.instant().plus(delay))
                : Optional.empty();
        LOG.warnf("%s attempt %d for %s failed%s: %s", failure.step(), job.attempt(), job.orderId(),
                retryAt.map(at -> ", retrying at " + at).orElse(", giving up"), failure.getMessage());
        try {
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> workOrders.flashAttemptFailed(job,
                    failure.step(), failure.getMessage(), retryAt));
            if (recorded) {
                count(retryAt.isPresent() ? failure.step() + "-retry" : failure.step() + "-failed");
            }
        } catch (RuntimeException e) {
            // the lease runs out and another pass takes the order again
            LOG.errorf(e, "could not record the failed attempt for %s", job.orderId());
        }
    }

    private Path workDir() throws IOException {
        Path dir = config.workDir().orElse(Path.of(System.getProperty("java.io.tmpdir"), "phonesmith-factory"));
        return Files.createDirectories(dir);
    }

    private void count(String outcome) {
        metrics.counter("factory.flash.attempts", "outcome", outcome).increment();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", file, e);
        }
    }
}
