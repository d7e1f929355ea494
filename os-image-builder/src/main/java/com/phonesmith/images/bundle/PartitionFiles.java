package com.phonesmith.images.bundle;

import com.phonesmith.images.partition.TreeFile;
import com.phonesmith.images.release.PackageFile;
import com.phonesmith.images.release.PackagePartition;
import com.phonesmith.images.release.ReleasePackage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one partition image: every file of its packages, its build properties ({@code /etc/build.prop})
 * and the list of its installed packages ({@code /etc/phonesmith/packages.list}, "name version" per line), which
 * a booted handset reports. Nothing about an order or a device goes in: one image serves every order of its
 * configuration, and the factory writes per-device data separately.
 */
final class PartitionFiles {
    static final String BUILD_PROP = "/etc/build.prop";
    static final String PACKAGES_LIST = "/etc/phonesmith/packages.list";

    private PartitionFiles() {
    }

    static List<TreeFile> of(List<ReleasePackage> packages, String buildProp) {
        List<TreeFile> files = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (ReleasePackage pkg : packages) {
            list.append(pkg.name()).append(' ').append(pkg.version()).append('\n');
            for (PackageFile file : pkg.files()) {
                files.add(new TreeFile(file.path(), file.mode(), file.size(), contentOf(file)));
            }
        }
        files.add(TreeFile.text(BUILD_PROP, buildProp));
        files.add(TreeFile.text(PACKAGES_LIST, list.toString()));
        return files;
    }

    /** A package file's bytes, written to a file's channel straight from where they are made. */
    private static TreeFile.Content contentOf(PackageFile file) {
        return new TreeFile.Content() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                file.writeTo(out);
            }

            @Override
            public void writeTo(WritableByteChannel channel) throws IOException {
                file.writeTo(channel);
            }
        };
    }

    static String systemProps(BundlePlan plan, String systemFingerprint) {
        return "# system image of release " + plan.release().version() + " for " + plan.model() + "\n"
                + "ro.system.build.fingerprint=" + systemFingerprint + "\n"
                + "ro.system.build.version.release=" + plan.release().version() + "\n"
                + "ro.phonesmith.release=" + plan.release().version() + "\n";
    }

    static String vendorProps(BundlePlan plan) {
        return "# vendor image for " + plan.model() + "\n"
                + "ro.product.vendor.device=" + plan.model() + "\n"
                + "ro.product.vendor.model=" + plan.model() + "\n"
                + "ro.vendor.build.version.release=" + plan.release().version() + "\n";
    }

    static String productProps(BundlePlan plan) {
        return "# product image of one configuration\n"
                + "ro.build.fingerprint=" + plan.fingerprint() + "\n"
                + "ro.product.build.fingerprint=" + plan.fingerprint() + "\n"
                + "ro.phonesmith.release=" + plan.release().version() + "\n"
                + "ro.phonesmith.config.digest=" + plan.configKey() + "\n"
                + "ro.phonesmith.features=" + String.join(",", plan.selection().features()) + "\n"
                + "ro.phonesmith.apps=" + String.join(",", plan.selection().apps()) + "\n";
    }

    static List<ReleasePackage> on(PackagePartition partition, List<ReleasePackage> packages) {
        return packages.stream().filter(pkg -> pkg.partition() == partition).toList();
    }
}
