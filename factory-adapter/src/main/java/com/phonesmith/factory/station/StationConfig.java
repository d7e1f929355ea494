package com.phonesmith.factory.station;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the stations are: one handset per TCP port, {@code host:firstPort} .. {@code firstPort+count-1}. */
@ConfigMapping(prefix = "factory.stations")
public interface StationConfig {
    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("5554")
    int firstPort();

    /** The standard rack: 2 handsets of each of the 48 variants the shop sells. */
    @WithDefault("96")
    int count();

    /** How often the stations are scanned for handsets (also once at start-up), a scheduler interval. */
    @WithDefault("30s")
    String scanInterval();

    /** Bounds the connect and every answer of a station during a scan. */
    @WithDefault("2s")
    Duration timeout();

    /** The kitting station: reserved handsets flashed at once unless {@code factory.stations.kitting.manual=true}. */
    Bench kitting();

    /** The flashing station: flashes start by themselves unless {@code factory.stations.flashing.manual=true}. */
    Bench flashing();

    /** The QA station: automatic (QA right after flashing) unless {@code factory.stations.qa.manual=true}. */
    Bench qa();

    /** The packing station: packed on a timer unless {@code factory.stations.packing.manual=true}. */
    Bench packing();

    /** The shipping station: handed to the carrier on a timer unless {@code factory.stations.shipping.manual=true}. */
    Bench shipping();

    /** A station where an operator may work each phone by hand. */
    interface Bench {
        /**
         * An operator works each phone (kit, start a flash, check, pack, hand over) instead of the floor's own timers
         * and checks.
         */
        @WithDefault("false")
        boolean manual();
    }
}
