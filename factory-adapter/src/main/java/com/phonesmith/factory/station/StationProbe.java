package com.phonesmith.factory.station;

import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.stock.FoundHandset;
import com.phonesmith.factory.stock.Variant;
import java.io.IOException;
import java.time.Duration;

/** Asks the handset at one station who it is, over fastboot. */
public final class StationProbe {
    private final Duration timeout;

    public StationProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** The handset at host:port; throws if nothing answers there or it does not say what it is. */
    public FoundHandset identify(String host, int port) throws IOException {
        try (FastbootClient client = FastbootClient.connect(host, port, timeout)) {
            String serial = client.getvar("serialno");
            String model = client.getvar("product");
            String imei = client.getvar("x-imei");
            String colour = client.getvar("x-colour");
            String storage = client.getvar("x-storage-gb");
            if (imei.isBlank() || serial.isBlank() || model.isBlank() || colour.isBlank()) {
                throw new IOException("station " + host + ":" + port + " answered an empty identity");
            }
            int storageGb;
            try {
                storageGb = Integer.parseInt(storage.trim());
            } catch (NumberFormatException e) {
                throw new IOException("station " + host + ":" + port + " answered x-storage-gb " + storage);
            }
            return new FoundHandset(imei, serial, new Variant(model, colour, storageGb), host, port);
        }
    }
}
