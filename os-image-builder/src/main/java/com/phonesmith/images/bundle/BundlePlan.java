package com.phonesmith.images.bundle;

import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.Resolution;
import com.phonesmith.images.release.Selection;

/**
 * What a build of one configuration will make, decided before anything is built: the resolved packages, the
 * cache keys of its partitions and of the bundle (digests of every input), and the build fingerprint.
 */
public record BundlePlan(Release release, Selection selection, Resolution resolution, String configKey,
        String systemKey, String vendorKey, String productKey, String keyId, long rollbackIndex, String bundleKey,
        String fingerprint) {

    public String model() {
        return selection.model();
    }
}
