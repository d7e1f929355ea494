package com.phonesmith.contracts.image.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** What a handset holds in its partitions, read as a stream (partitions are hundreds of MB). */
@FunctionalInterface
public interface PartitionReader {
    /**
     * A stream over the partition from its first byte, or empty if the device has nothing there. The verifier
     * reads only as many bytes as the descriptor signs, and closes the stream.
     */
    Optional<InputStream> open(String partitionName) throws IOException;
}
