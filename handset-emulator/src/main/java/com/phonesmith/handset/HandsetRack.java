package com.phonesmith.handset;

import com.phonesmith.contracts.image.boot.TrustedKeys;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A running rack of handsets, one port each, in the order of its layout. */
public final class HandsetRack implements AutoCloseable {
    private final List<Handset> handsets;

    private HandsetRack(List<Handset> handsets) {
        this.handsets = List.copyOf(handsets);
    }

    /** Starts every handset of the layout, or none: if one port is taken, those already started are closed. */
    public static HandsetRack start(RackConfig config) throws IOException {
        List<Handset> started = new ArrayList<>();
        try {
            Supplier<TrustedKeys> keys = config.trustedKeys() == null ? TrustedKeys::none
                    : new TrustedKeysFile(config.trustedKeys());
            int port = config.firstPort();
            for (RackLayout.Slot slot : config.layout().slots()) {
                for (int unit = 1; unit <= slot.units(); unit++) {
                    started.add(startOne(config, slot.variant(), unit, port, keys));
                    port = config.firstPort() == 0 ? 0 : port + 1;
                }
            }
            requireDistinctImeis(started);
            return new HandsetRack(started);
        } catch (IOException | RuntimeException e) {
            started.forEach(Handset::close);
            throw e;
        }
    }

    private static Handset startOne(RackConfig config, Variant variant, int unit, int port,
            Supplier<TrustedKeys> keys) throws IOException {
        try {
            return Handset.start(variant, unit, new InetSocketAddress(config.host(), port), config.dataDir(),
                    config.idleTimeout(), keys);
        } catch (BindException e) {
            BindException named = new BindException("cannot listen on " + config.host() + ":" + port + " for "
                    + variant + " unit " + unit + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** IMEIs are hashed from the variant and unit; a clash is unlikely but would confuse stock by IMEI. */
    private static void requireDistinctImeis(List<Handset> handsets) {
        Set<String> seen = new HashSet<>();
        for (Handset handset : handsets) {
            if (!seen.add(handset.imei())) {
                throw new IllegalStateException("two handsets derived the same IMEI " + handset.imei());
            }
        }
    }

    public List<Handset> handsets() {
        return handsets;
    }

    public List<Integer> ports() {
        return handsets.stream().map(Handset::port).toList();
    }

    public Handset bySerial(String serial) {
        return handsets.stream().filter(h -> h.serial().equals(serial)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no handset " + serial + " in this rack"));
    }

    @Override
    public void close() {
        handsets.forEach(Handset::close);
    }
}
