package com.phonesmith.images.release;

/** The partition image a package installs into. */
public enum PackagePartition {
    /** The operating system itself: libraries, runtime, framework, system apps. */
    SYSTEM,
    /** What a handset model needs: its hardware abstraction layers, firmware and kernel modules. */
    VENDOR,
    /** What a customer chooses: one package per OS feature and app, and the libraries they share. */
    PRODUCT
}
