package com.phonesmith.factory.flashing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a handset reported after it was flashed and rebooted: its boot state (and, when verified boot refused the
 * image, why), the SHA-256 of what each signed partition holds (a partition with nothing flashed is absent), its
 * build and identity, and the OS features and apps installed in the build it runs. Fields it could not report (for
 * instance no build fingerprint, features or apps when it did not boot) are null.
 */
public record Readback(String bootState, String bootError, String fingerprint, Map<String, String> flashedDigests,
        String imei, String product, String colour, String storageGb, List<String> features, List<String> apps) {
    public Readback {
        flashedDigests = Collections.unmodifiableMap(new LinkedHashMap<>(flashedDigests));
        features = features == null ? null : List.copyOf(features);
        apps = apps == null ? null : List.copyOf(apps);
    }

    /** A read-back without the installed features and apps (not reported). */
    public Readback(String bootState, String bootError, String fingerprint, Map<String, String> flashedDigests,
            String imei, String product, String colour, String storageGb) {
        this(bootState, bootError, fingerprint, flashedDigests, imei, product, colour, storageGb, null, null);
    }

    /** The partitions whose read-back is not the signed digest, by name. */
    public List<String> partitionsDiffering(Map<String, String> signedDigests) {
        List<String> differing = new ArrayList<>();
        new TreeMap<>(signedDigests).forEach((partition, signed) -> {
            if (!Digests.same(signed, flashedDigests.get(partition))) {
                differing.add(partition);
            }
        });
        return differing;
    }
}
