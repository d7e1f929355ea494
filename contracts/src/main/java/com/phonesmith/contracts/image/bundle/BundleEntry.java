package com.phonesmith.contracts.image.bundle;

import java.nio.file.Path;

/** A file that goes into a factory bundle under the given name (e.g. {@code system.img}). */
public record BundleEntry(String name, Path file) {
}
