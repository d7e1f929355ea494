package com.phonesmith.factory.flashing;

/** The reserved handset: the station it sits at and the serial it must answer with. */
public record FlashTarget(String host, int port, String serial) {
    @Override
    public String toString() {
        return serial + " at " + host + ":" + port;
    }
}
