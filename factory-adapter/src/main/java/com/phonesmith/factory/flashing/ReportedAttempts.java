package com.phonesmith.factory.flashing;

import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.factory.floor.FlashPorts;
import com.phonesmith.factory.floor.PortWork;
import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.workorder.FlashAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Flash attempts that report their progress to the port of their handset ({@link FlashPorts}), where operators
 * watch it: the flash worker begins the port's work when it starts an attempt, and the attempt's flasher reports every
 * piece it writes there.
 */
final class ReportedAttempts {
    private static final Logger LOG = Logger.getLogger(ReportedAttempts.class);

    private final ArtifactDownloader downloader;
    private final FlashConfig config;
    private final StockService stock;
    private final FlashPorts ports;
    private final TrustedBundleKeys trustedKeys;

    ReportedAttempts(ArtifactDownloader downloader, FlashConfig config, StockService stock, FlashPorts ports) {
        this.downloader = downloader;
        this.config = config;
        this.stock = stock;
        this.ports = ports;
        this.trustedKeys = new TrustedBundleKeys(config.trustedKeys());
    }

    /**
     * The attempt at the job's handset begins at its port (as the station scan found it), where its progress shows;
     * nowhere when the handset is not at a station.
     */
    PortWork begin(FlashAssignment job) {
        Optional<HandsetView> handset;
        try {
            handset = stock.find(job.imei());
        } catch (RuntimeException e) {
            LOG.debugf("no port shows attempt %d for %s: %s", job.attempt(), job.orderId(), e);
            handset = Optional.empty();
        }
        return ports.begin(job.orderId(), job.imei(), job.attempt(),
                handset.map(HandsetView::stationHost).orElse(null), handset.map(HandsetView::stationPort).orElse(null));
    }

    /**
     * An attempt working in {@code folder} whose flasher reports every piece it writes to the port, and the
     * descriptor, written last, as the start of the reboot. The attempt looks the handset up once the bundle is
     * unpacked, right before it connects: writing starts then, and the port's plan is the partition images unpacked
     * into the folder.
     */
    FlashAttempt reportingTo(PortWork port, Path folder) {
        HandsetFlasher flasher = new HandsetFlasher(config.fastbootTimeout(), config.bootTimeout(),
                config.maxPieceBytes().orElse(Long.MAX_VALUE), piece -> {
                    LOG.debugf("flashed %s", piece);
                    port.pieceWritten(piece.partition(), piece.number(), piece.count(), piece.sizeBytes());
                    if (HandsetFlasher.VBMETA.equals(piece.partition())) {
                        port.booting();
                    }
                });
        return new FlashAttempt(downloader, flasher, imei -> {
            port.flashing(imagesIn(folder));
            return stock.find(imei);
        }, trustedKeys);
    }

    /**
     * The partition images unpacked into an attempt's folder ({@code <partition>.img}), in flashing order, with their
     * sizes, then the descriptor, whose size is known once it is sent.
     */
    static Map<String, Long> imagesIn(Path folder) {
        Map<String, Long> images = new LinkedHashMap<>();
        for (String partition : FactoryBundle.PARTITIONS) {
            Path image = folder.resolve(partition + ".img");
            try {
                if (Files.isRegularFile(image)) {
                    images.put(partition, Files.size(image));
                }
            } catch (IOException e) {
                images.put(partition, 0L);
            }
        }
        images.put(HandsetFlasher.VBMETA, 0L);
        return images;
    }
}
