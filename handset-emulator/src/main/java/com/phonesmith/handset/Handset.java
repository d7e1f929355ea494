package com.phonesmith.handset;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One virtual handset: a TCP server speaking fastboot on its own port, serving one connection at a time.
 * What is flashed lives in {@code <dataDir>/<serial>/}, so a restarted handset still holds its images. It is an A/B
 * handset: its slotted partitions exist in slot a and slot b, and it boots the current slot.
 */
public final class Handset implements AutoCloseable {
    public static final long MAX_DOWNLOAD_SIZE = 0x10000000L;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(Handset.class.getName());

    private final Variant variant;
    private final int unit;
    private final String imei;
    private final String serial;
    private final String host;
    private final ServerSocket server;
    private final PartitionStore store;
    private final int idleTimeoutMillis;
    private final Thread acceptLoop;
    private volatile Socket client;
    private volatile boolean closed;
    private final Faults faults = new Faults();
    private BootState bootState = BootState.FASTBOOT;
    private RunningBuild runningImage;
    /** Why the last boot was refused, e.g. verified boot found a partition that does not match its digest. */
    private String bootError;
    private volatile Supplier<TrustedKeys> trustedKeys;
    /**
     * A restarted handset that was booted boots again, through verified boot, the first time anything asks what it
     * runs: by then whoever started it has said which keys it trusts.
     */
    private boolean bootPending;
    /** The slot the next boot runs; flashing a partition without naming a slot writes this slot's copy. */
    private Slot currentSlot;

    private Handset(Variant variant, int unit, ServerSocket server, Path dataDir, Duration idleTimeout,
            Supplier<TrustedKeys> trustedKeys) throws IOException {
        this.variant = variant;
        this.unit = unit;
        this.imei = Imei.derive(variant, unit);
        this.server = server;
        this.host = server.getInetAddress().getHostAddress();
        this.serial = "PS" + server.getLocalPort();
        this.store = new PartitionStore(dataDir.resolve(serial));
        this.idleTimeoutMillis = Math.toIntExact(idleTimeout.toMillis());
        this.trustedKeys = Objects.requireNonNull(trustedKeys);
        this.bootPending = store.loadBootState() == BootState.BOOTED;
        this.currentSlot = store.loadCurrentSlot();
        this.acceptLoop = new Thread(this::serve, "handset-" + serial);
        acceptLoop.setDaemon(true);
    }

    /**
     * Starts a handset listening on address; port 0 picks a free port (the serial follows the port). Its verified
     * boot accepts the signatures of the keys that trustedKeys supplies, asked at every boot.
     */
    public static Handset start(Variant variant, int unit, InetSocketAddress address, Path dataDir,
            Duration idleTimeout, Supplier<TrustedKeys> trustedKeys) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(address);
            Handset handset = new Handset(variant, unit, server, dataDir, idleTimeout, trustedKeys);
            handset.acceptLoop.start();
            return handset;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A handset that trusts no key until {@link #trustKeys} says which. */
    public static Handset start(Variant variant, int unit, InetSocketAddress address, Path dataDir,
            Duration idleTimeout) throws IOException {
        return start(variant, unit, address, dataDir, idleTimeout, TrustedKeys::none);
    }

    public static Handset start(Variant variant, int unit, InetSocketAddress address, Path dataDir)
            throws IOException {
        return start(variant, unit, address, dataDir, DEFAULT_IDLE_TIMEOUT);
    }

    private void serve() {
        while (!closed) {
            try (Socket socket = server.accept()) {
                client = socket;
                socket.setSoTimeout(idleTimeoutMillis);
                socket.setTcpNoDelay(true);
                new FastbootSession(this, new TcpTransport(socket)).run();
            } catch (SocketTimeoutException e) {
                LOG.warning(serial + ": host idle for " + idleTimeoutMillis + " ms, disconnected");
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.INFO, serial + ": connection ended: " + e);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, serial + ": session failed", e);
            } finally {
                client = null;
            }
        }
    }

    /**
     * What a reboot does: verified boot checks the boot descriptor on the current slot's vbmeta partition, then the
     * handset runs what that slot's partitions hold, or refuses (nothing on vbmeta, a key it does not trust, a
     * partition that does not match its digest...) and stays in its bootloader saying why.
     */
    synchronized boolean boot() throws IOException {
        bootPending = false;
        store.discardDownload();
        bootError = null;
        if (faults.takeBootFailure()) {
            return refuseBoot("fault: the boot failed");
        }
        VerifiedBoot.Outcome outcome = VerifiedBoot.boot(store, currentSlot, trustedKeys.get(),
                store.loadRollbackIndex(), variant.model());
        if (!outcome.booted()) {
            return refuseBoot(outcome.refusal());
        }
        store.saveRollbackIndex(outcome.rollbackIndex());
        store.saveBootState(BootState.BOOTED);
        long delay = faults.bootDelay().toMillis();
        if (delay > 0) {
            bootState = BootState.BOOTING;
            runningImage = null;
            Thread finisher = new Thread(() -> finishSlowBoot(outcome.build(), delay), "handset-boot-" + serial);
            finisher.setDaemon(true);
            finisher.start();
            LOG.info(serial + ": booting slowly, " + delay + " ms");
            return true;
        }
        bootState = BootState.BOOTED;
        runningImage = outcome.build();
        LOG.info(serial + ": booted " + runningImage.fingerprint() + " from slot " + currentSlot.letter());
        return true;
    }

    private void resumePendingBoot() {
        if (bootPending) {
            try {
                boot();
            } catch (IOException e) {
                throw new UncheckedIOException(serial + ": booting again after a restart failed", e);
            }
        }
    }

    private boolean refuseBoot(String reason) throws IOException {
        bootState = BootState.FAILED;
        bootError = reason;
        runningImage = null;
        store.saveBootState(BootState.FASTBOOT);
        LOG.info(serial + ": " + reason + "; staying in the bootloader");
        return false;
    }

    private void finishSlowBoot(RunningBuild image, long delayMillis) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            if (bootState == BootState.BOOTING) {
                bootState = BootState.BOOTED;
                runningImage = image;
                LOG.info(serial + ": booted " + image.fingerprint() + " after a slow boot");
            }
        }
    }

    /** The keys whose signatures this handset's verified boot accepts (asked at every boot). */
    public void trustKeys(Supplier<TrustedKeys> keys) {
        this.trustedKeys = Objects.requireNonNull(keys);
    }

    /** Why the last boot was refused, if it was. */
    public synchronized Optional<String> bootError() {
        resumePendingBoot();
        return Optional.ofNullable(bootError);
    }

    synchronized void rebootBootloader() throws IOException {
        store.discardDownload();
        enterBootloader();
    }

    /** Flashing or rebooting to the bootloader leaves the handset running nothing but its bootloader. */
    private void enterBootloader() throws IOException {
        bootPending = false;
        bootState = BootState.FASTBOOT;
        runningImage = null;
        store.saveBootState(bootState);
    }

    synchronized void flash(PhysicalPartition partition) throws IOException, CommandFailure {
        enterBootloader();
        if (faults.takeWriteFailure(partition.partition())) {
            LOG.info(serial + ": fault: writing " + partition.label() + " fails");
            throw new CommandFailure("writing " + partition.label() + " failed: flash memory error");
        }
        long started = System.nanoTime();
        long bytes = store.flash(partition);
        Faults.pace(bytes, faults.writeBytesPerSecond(), started);
        if (faults.takeCorruption()) {
            store.corrupt(partition);
            LOG.info(serial + ": fault: one byte of " + partition.label() + " was written wrong");
        }
        LOG.info(serial + ": flashed " + bytes + " bytes to " + partition.label());
    }

    /**
     * Makes the slot current: the next boot runs it, and flashing without naming a slot writes it. What runs now keeps
     * running until then.
     */
    synchronized void setActive(Slot slot) throws IOException {
        store.saveCurrentSlot(slot);
        currentSlot = slot;
        LOG.info(serial + ": slot " + slot.letter() + " is active");
    }

    /** The slot the next boot runs (and a flash without a slot suffix writes). */
    public synchronized Slot currentSlot() {
        return currentSlot;
    }

    /**
     * Writes the IMEI the factory gives this handset (15 digits with a Luhn check digit) to its per-device storage,
     * which reflashing, erasing and rebooting leave alone. It is written once: the same IMEI again changes nothing,
     * another one is refused.
     */
    synchronized void writeImei(String imei) throws IOException, CommandFailure {
        Optional<String> problem = Imei.problem(imei);
        if (problem.isPresent()) {
            throw new CommandFailure(problem.get());
        }
        Optional<String> written = store.loadWrittenImei();
        if (written.isPresent()) {
            if (!written.get().equals(imei)) {
                throw new CommandFailure("IMEI already written: " + written.get());
            }
            return;
        }
        store.saveWrittenImei(imei);
        LOG.info(serial + ": IMEI " + imei + " written");
    }

    /**
     * The IMEI the factory wrote ({@code oem set-imei}), which the handset reports as its own; empty until one was
     * written. {@link #imei()} is the one on its label.
     */
    public Optional<String> writtenImei() {
        try {
            return store.loadWrittenImei();
        } catch (IOException e) {
            throw new UncheckedIOException(serial + ": the written IMEI cannot be read", e);
        }
    }

    /**
     * Keeps the per-device secret the factory writes (64 hex digits, 32 bytes) with which this handset proves who
     * it is when it activates; it is never readable over fastboot, only whether one is set.
     */
    synchronized void provisionActivationSecret(String hex) throws IOException, CommandFailure {
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new CommandFailure("activation secret must be 64 hex digits");
        }
        store.saveActivationSecret(java.util.HexFormat.of().parseHex(hex));
        LOG.info(serial + ": activation secret provisioned");
    }

    /** Whether this handset reached its customer (and activated): it checks in from then on. */
    public boolean delivered() {
        return store.delivered();
    }

    public void markDelivered() {
        store.markDelivered();
    }

    /** The per-device secret the factory wrote, if any: for this handset's own activation requests. */
    public Optional<byte[]> activationSecret() {
        return store.loadActivationSecret();
    }

    synchronized void erase(PhysicalPartition partition) throws IOException {
        enterBootloader();
        store.erase(partition);
        LOG.info(serial + ": erased " + partition.label());
    }

    /** What goes wrong with this handset (nothing, unless set). */
    public Faults faults() {
        return faults;
    }

    PartitionStore store() {
        return store;
    }

    public String serial() {
        return serial;
    }

    /** The IMEI on the handset's label (from the rack), by which the factory's stock knows it. */
    public String imei() {
        return imei;
    }

    public Variant variant() {
        return variant;
    }

    /** Which unit of its variant this handset is, counting from 1. */
    public int unit() {
        return unit;
    }

    public String host() {
        return host;
    }

    public int port() {
        return server.getLocalPort();
    }

    public Path dataDirectory() {
        return store.directory();
    }

    public synchronized BootState bootState() {
        resumePendingBoot();
        return bootState;
    }

    public synchronized Optional<RunningBuild> runningImage() {
        resumePendingBoot();
        return Optional.ofNullable(runningImage);
    }

    /** Lowercase hex SHA-256 of what the current slot's partition holds, empty if nothing was flashed there. */
    public Optional<String> flashedDigest(Partition partition) {
        return flashedDigest(partition, currentSlot());
    }

    /** Lowercase hex SHA-256 of what the slot's partition holds (a partition without slots: its one copy). */
    public Optional<String> flashedDigest(Partition partition, Slot slot) {
        return store.digest(PhysicalPartition.of(partition, slot));
    }

    /** The file holding what was flashed to the current slot's partition, empty if nothing was. */
    public Optional<Path> flashedImage(Partition partition) {
        return flashedImage(partition, currentSlot());
    }

    /** The file holding what was flashed to the slot's partition (a partition without slots: its one copy). */
    public Optional<Path> flashedImage(Partition partition, Slot slot) {
        return store.image(PhysicalPartition.of(partition, slot));
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            Socket current = client;
            if (current != null) {
                current.close();
            }
            acceptLoop.join(Duration.ofSeconds(5).toMillis());
        } catch (IOException e) {
            LOG.log(Level.FINE, serial + ": error while closing", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "handset " + serial + " " + imei + " " + variant + " on " + host + ":" + port();
    }
}
