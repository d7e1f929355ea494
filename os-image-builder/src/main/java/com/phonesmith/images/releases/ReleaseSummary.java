package com.phonesmith.images.releases;

import java.time.Instant;

/** A release as the API lists it. {@code seed} is the release the service generates; others were imported. */
public record ReleaseSummary(String version, int packages, String digest, boolean seed, boolean current,
        Instant importedAt) {
}
