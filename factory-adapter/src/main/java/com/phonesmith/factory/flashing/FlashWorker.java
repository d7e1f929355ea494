package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.factory.floor.FlashPorts;
import com.phonesmith.factory.floor.PortWork;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.workorder.FlashAssignment;
import com.phonesmith.factory.workorder.FlashClaims;
import com.phonesmith.factory.workorder.WorkOrderStatus;
import com.phonesmith.platform.security.ServiceTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Flashes the factory bundles of due work orders. Each pass claims work in a short transaction, does the slow work
 * (a {@link FlashAttempt}, then QA) outside any transaction, several handsets in parallel, each in its own work
 * folder, and records each outcome with its events in a new transaction. Failed attempts are retried with backoff,
 * then reported. Each attempt reports its progress to its handset's port ({@link ReportedAttempts}), where operators
 * watch it.
 */
@ApplicationScoped
public class FlashWorker {
    private static final Logger LOG = Logger.getLogger(FlashWorker.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FlashClaims flashClaims;
    private final FlashConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ReportedAttempts attempts;
    private final Backoff backoff;
    private final ExecutorService pool;
    /** Ports not flashing right now. */
    private final Semaphore freePorts;

    public FlashWorker(FlashClaims flashClaims, StockService stock, FlashConfig config, Clock clock,
            MeterRegistry metrics, ServiceTokens serviceTokens, FlashPorts ports) {
        this.flashClaims = flashClaims;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        ArtifactDownloader downloader = new ArtifactDownloader(config.downloadTimeout(), serviceTokens::authorization,
                serviceTokens::invalidate);
        this.attempts = new ReportedAttempts(downloader, config, stock, ports);
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
            jobs = QuarkusTransaction.requiringNew().call(() -> flashClaims.claimFlashJobs(clock.instant(), free,
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
        PortWork port = attempts.begin(job);
        Path folder = null;
        try {
            folder = Files.createTempDirectory(workDir(), "flash-" + job.orderId() + "-");
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            FlashedBundle flashed = attempts.reportingTo(port, folder).run(job, folder, secret);
            Readback readback = flashed.readback();
            QaVerdict verdict = QaRules.check(new QaExpectation(job.imageFingerprint(), flashed.signedDigests(),
                    job.variant(), job.imei(), job.features(), job.apps()), readback);
            String flashedDigest = Digests.likeReference(flashed.bundleDigest(), job.imageDigest());
            String verifier = DeviceProof.verifierOf(secret);
            Arrays.fill(secret, (byte) 0);
            Optional<WorkOrderStatus> recorded = QuarkusTransaction.requiringNew().call(() -> flashClaims
                    .recordFlashedAndChecked(job, flashedDigest, readback.fingerprint(), verdict.failure(),
                            verdict.checks(), verifier));
            if (recorded.isPresent() && recorded.get() == WorkOrderStatus.QA_PENDING) {
                // a manual QA station: the operator decides, so the port shows no verdict of its own
                count("qa-pending");
                LOG.infof("flashed %s onto %s: waiting for the operator at the QA station (%s)", job.imageDigest(),
                        job.imei(), verdict.failure().map(reason -> "automated checks failed: " + reason)
                                .orElse("automated checks passed"));
                port.waitingForQa();
            } else if (recorded.isPresent()) {
                count(verdict.passed() ? "qa-passed" : "qa-failed");
                LOG.infof("flashed %s onto %s: QA %s", job.imageDigest(), job.imei(),
                        verdict.failure().map(reason -> "failed: " + reason).orElse("passed"));
                verdict.failure().ifPresentOrElse(reason -> port.failed("QA failed: " + reason, null), port::done);
            } else {
                port.failed("the order changed while it was flashed (cancelled, or a new image): this result was "
                        + "dropped", null);
            }
        } catch (FlashStepException e) {
            fail(job, e, port);
        } catch (IOException e) {
            fail(job, FlashStepException.retryable(FlashStepException.DOWNLOAD, "no room for the download: " + e),
                    port);
        } catch (RuntimeException e) {
            LOG.error("flash attempt " + job.attempt() + " for " + job.orderId() + " failed unexpectedly", e);
            fail(job, FlashStepException.retryable(FlashStepException.FLASH, "unexpected error: " + e), port);
        } finally {
            deleteQuietly(folder);
            MDC.remove("orderId");
        }
    }

    private void fail(FlashAssignment job, FlashStepException failure, PortWork port) {
        Optional<Instant> retryAt = failure.retryable()
                ? backoff.delayAfter(job.attempt()).map(delay -> clock.instant().plus(delay))
                : Optional.empty();
        port.failed(failure.step() + ": " + failure.getMessage(), retryAt.orElse(null));
        LOG.warnf("%s attempt %d for %s failed%s: %s", failure.step(), job.attempt(), job.orderId(),
                retryAt.map(at -> ", retrying at " + at).orElse(", giving up"), failure.getMessage());
        try {
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> flashClaims.flashAttemptFailed(job,
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

    /** Removes an attempt's work folder: the downloaded bundle and the images taken out of it. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("could not delete %s: %s", folder, e);
        }
    }
}
