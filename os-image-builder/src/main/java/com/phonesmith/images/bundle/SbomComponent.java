package com.phonesmith.images.bundle;

/** A package in the bill of materials: name, version, the partition it is in, and the digest of its files. */
public record SbomComponent(String name, String version, String partition, String sha256) {
}
