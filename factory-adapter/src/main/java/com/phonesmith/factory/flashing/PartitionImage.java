package com.phonesmith.factory.flashing;

import java.nio.file.Path;

/** One partition's image taken out of a bundle, as it is in the bundle: sparse, or raw (the boot image). */
public record PartitionImage(String partition, Path file, boolean sparse) {
}
