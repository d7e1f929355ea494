package com.phonesmith.factory.floor;

import com.phonesmith.factory.station.StationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * The flashing station's ports of this instance (the stations' ports as configured: {@code factory.stations.*}),
 * fed by the flash worker, read by the floor's API.
 */
@ApplicationScoped
public class FlashPorts {
    private final PortBoard board;

    public FlashPorts(StationConfig stations, PortProgressConfig config, Clock clock) {
        this.board = new PortBoard(clock, config.keepFinished(), stations.host(), stations.firstPort(),
                stations.count());
    }

    /**
     * An attempt starts for the order's handset at its port ({@code host} and {@code port} null when the handset is
     * not at a station: then nobody sees its progress).
     */
    public PortWork begin(String orderId, String imei, int attempt, String host, Integer port) {
        return host == null || port == null ? board.detached(orderId, imei, attempt)
                : board.begin(host, port, orderId, imei, attempt);
    }

    public List<PortView> ports() {
        return board.ports();
    }
}
