package com.phonesmith.handset.customer;

import com.phonesmith.handset.Handset;
import com.phonesmith.handset.HandsetRack;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The customers of the demo: a handset of the rack that the factory shipped ({@link ShipmentListener}) is
 * delivered after the carrier's delay, boots at its customer and activates with the secret the factory wrote;
 * from then on it checks in at the configured interval. A delivered handset remembers it, so a restarted rack
 * goes on checking in. A handset without a secret (flashed before the factory wrote them) stays silent.
 */
public final class Customers implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Customers.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final int ACTIVATION_ATTEMPTS = 60;

    private final HandsetRack rack;
    private final CustomerConfig config;
    private final ActivationClient client;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "customers");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    private Customers(HandsetRack rack, CustomerConfig config) {
        this.rack = rack;
        this.config = config;
        this.client = new ActivationClient(config.activationsUrl(), Clock.systemUTC());
    }

    /** Handsets delivered before (a restarted rack) go on checking in. */
    public static Customers start(HandsetRack rack, CustomerConfig config) {
        Customers customers = new Customers(rack, config);
        for (Handset handset : rack.handsets()) {
            if (handset.delivered()) {
                customers.scheduleCheckIns(handset, Duration.ZERO);
            }
        }
        return customers;
    }

    /** The carrier took the handset with this IMEI: it reaches its customer after the delivery delay. */
    public void shipped(String imei) {
        Optional<Handset> handset = rack.handsets().stream().filter(h -> h.imei().equals(imei)).findFirst();
        if (handset.isEmpty() || closed) {
            return;
        }
        LOG.info(handset.get().serial() + ": shipped; delivered in " + config.deliveryDelay());
        scheduler.schedule(() -> deliver(handset.get(), 1), config.deliveryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The customer switches the handset on: it activates (retrying while activations cannot be reached). */
    private void deliver(Handset handset, int attempt) {
        if (closed) {
            return;
        }
        Optional<byte[]> secret = handset.activationSecret();
        if (secret.isEmpty()) {
            LOG.warning(handset.serial() + ": delivered without an activation secret; it cannot activate");
            return;
        }
        try {
            int status = client.activate(handset.imei(), secret.get());
            if (status == 200 || status == 201) {
                handset.markDelivered();
                LOG.info(handset.serial() + ": activated at the customer (" + status + ")");
                scheduleCheckIns(handset, config.checkInInterval());
                return;
            }
            LOG.warning(handset.serial() + ": activation refused with " + status);
            if (status < 500 && status != 404) {
                return; // refused for good; 404: activations may not have the device yet
            }
        } catch (IOException e) {
            LOG.info(handset.serial() + ": activations not reachable (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt < ACTIVATION_ATTEMPTS) {
            scheduler.schedule(() -> deliver(handset, attempt + 1), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void scheduleCheckIns(Handset handset, Duration first) {
        scheduler.scheduleAtFixedRate(() -> checkIn(handset), first.toMillis(), config.checkInInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkIn(Handset handset) {
        try {
            handset.activationSecret().ifPresent(secret -> {
                try {
                    int status = client.checkIn(handset.imei(), secret);
                    if (status != 200) {
                        LOG.warning(handset.serial() + ": check-in answered " + status);
                    }
                } catch (IOException e) {
                    LOG.fine(() -> handset.serial() + ": check-in failed: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, handset.serial() + ": check-in failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
