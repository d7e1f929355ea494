package com.phonesmith.factory.station;

import com.phonesmith.factory.stock.FoundHandset;
import com.phonesmith.factory.stock.StockService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stock discovery: at start-up and then every scan interval, asks every station port which handset it holds and
 * records it in the stock. A station that does not answer is skipped; it is an empty station, not an error.
 */
@ApplicationScoped
public class StationScanner {
    private static final Logger LOG = Logger.getLogger(StationScanner.class);

    private final StationConfig config;
    private final StockService stock;
    private final Clock clock;
    private final StationProbe probe;
    private volatile int lastFound = -1;

    public StationScanner(StationConfig config, StockService stock, Clock clock) {
        this.config = config;
        this.stock = stock;
        this.clock = clock;
        this.probe = new StationProbe(config.timeout());
    }

    @Scheduled(identity = "station-scan", every = "${factory.stations.scan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        scan();
    }

    /** Scans every station once; returns the handsets found. */
    public List<FoundHandset> scan() {
        List<FoundHandset> found = new ArrayList<>();
        for (int i = 0; i < config.count(); i++) {
            int port = config.firstPort() + i;
            FoundHandset handset;
            try {
                handset = probe.identify(config.host(), port);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("station %s:%d skipped: %s", config.host(), port, e.toString());
                continue;
            }
            try {
                stock.recordFound(handset, clock.instant());
                found.add(handset);
            } catch (RuntimeException e) {
                LOG.warnf("could not record %s found at station %s:%d: %s", handset.imei(), config.host(), port,
                        e.toString());
            }
        }
        if (found.size() != lastFound) {
            LOG.infof("station scan of %s:%d..%d found %d handsets", config.host(), config.firstPort(),
                    config.firstPort() + config.count() - 1, found.size());
        }
        lastFound = found.size();
        return found;
    }
}
