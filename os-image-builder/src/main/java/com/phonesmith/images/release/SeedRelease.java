package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated release "1.0": a base system on SYSTEM (libraries, runtime, framework, services, system
 * apps, fonts, web views; most of it essential), per model a {@code vendor-<model>} package on VENDOR with
 * the model's HALs, firmware and kernel modules, and on PRODUCT one package per catalog feature and app plus
 * the libraries they share. The same sizes and models always give the same release, byte for byte.
 *
 * <p>What a resolver must handle: virtual names with several providers ({@code webview} from
 * {@code system-webview} and {@code vanadium-webview}; {@code shell}; {@code input-method}; each
 * {@code hal-x} from every model's HAL), alternatives ({@code fonts-noto-sans | fonts-roboto},
 * {@code backup-transport-webdav | backup-transport-sftp}), one-of-a-kind virtual names (every launcher
 * provides and conflicts with {@code launcher-impl}, every vendor package with {@code vendor-image}), and
 * the catalog's exclusions as conflicts ({@code feature-work-profile} with {@code feature-kids-mode}, …).
 */
public final class SeedRelease {
    public static final String VERSION = "1.0";
    /** The models configurator-api sells (its V2 and V15 migrations): each gets its {@code vendor-<model>} package. */
    public static final List<String> MODELS = List.of("nordvik-fjord", "nordvik-tundra", "lumo-one", "lumo-pro",
            "kestrel-ridge", "kestrel-summit", "meridian-go", "meridian-stride", "okapi-lite", "okapi-max",
            "tessel-mini", "tessel-fold");
    /** The OS features a configuration can select (option groups are not features). */
    public static final List<String> FEATURES = List.of("microg", "privacy-dns", "work-profile", "desktop-mode",
            "launcher-classic", "launcher-minimal", "launcher-focus", "launcher-kids", "kids-mode",
            "parental-controls", "content-filter", "external-display", "on-device-assistant", "tracker-blocker",
            "firewall", "always-on-vpn", "app-lock", "secure-folder", "dual-apps", "call-recording",
            "gesture-navigation", "always-on-display", "esim-manager", "wifi-calling", "screen-recorder",
            "face-unlock", "encrypted-backup", "battery-saver-plus");
    /** The apps a configuration can select. */
    public static final List<String> APPS = List.of("firefox", "signal", "osmand", "k9-mail", "newpipe",
            "navigator-pro", "phone", "messages", "camera", "vanadium", "duckduckgo-browser", "work-mail",
            "work-vpn", "work-chat", "kids-games", "kids-books", "games-pack", "offline-video", "offline-music",
            "organic-maps", "office-suite", "photo-editor", "antennapod", "keepassdx", "proton-mail", "element",
            "threema", "f-droid", "aurora-store");

    private static final long MIB = 1024 * 1024;

    /**
     * How large the generated files are.
     *
     * @param systemBytes the total of every file of the essential SYSTEM packages (non-essential ones are
     *        sized on the same scale)
     * @param vendorBytes the total of every VENDOR file of one model
     * @param productBytesPerPackage the average size of a PRODUCT package; each one is between 2/7 and 12/7
     *        of it, depending on its name
     */
    public record Sizes(long systemBytes, long vendorBytes, long productBytesPerPackage) {
        public Sizes {
            if (systemBytes < 0 || vendorBytes < 0 || productBytesPerPackage < 0) {
                throw new IllegalArgumentException("sizes cannot be negative");
            }
        }

        /** 300 MiB of system, 48 MiB of vendor files per model, 1-6 MiB per product package. */
        public static Sizes production() {
            return new Sizes(300 * MIB, 48 * MIB, 7 * MIB / 2);
        }
    }

    private SeedRelease() {
    }

    /** The seed release for the launch models. */
    public static Release generate(Sizes sizes) {
        return generate(sizes, MODELS);
    }

    /** The seed release with vendor packages for each of the given model codes. */
    public static Release generate(Sizes sizes, List<String> models) {
        Set<String> distinct = new HashSet<>();
        for (String model : models) {
            if (model == null || !model.matches("[a-z0-9][a-z0-9-]*") || !distinct.add(model)) {
                throw new IllegalArgumentException("model codes must be distinct lower-case codes: " + models);
            }
        }
        List<ReleasePackage> packages = new ArrayList<>();
        List<SeedFiles> essentialSystem = new ArrayList<>();
        List<SeedFiles> otherSystem = new ArrayList<>();
        for (SeedSpec spec : SeedPackages.system()) {
            (spec.essential ? essentialSystem : otherSystem).add(SeedFiles.of(spec));
        }
        long unit = SeedFiles.share(essentialSystem, sizes.systemBytes(), "systemBytes");
        otherSystem.forEach(files -> files.scale(unit));
        essentialSystem.forEach(files -> packages.add(files.build()));
        otherSystem.forEach(files -> packages.add(files.build()));
        Map<String, String> modelPackages = new LinkedHashMap<>();
        for (String model : models) {
            List<SeedFiles> vendor = SeedPackages.vendor(model).stream().map(SeedFiles::of).toList();
            SeedFiles.share(vendor, sizes.vendorBytes(), "vendorBytes");
            vendor.forEach(files -> packages.add(files.build()));
            modelPackages.put(model, "vendor-" + model);
        }
        for (SeedSpec spec : SeedPackages.product()) {
            SeedFiles files = SeedFiles.of(spec);
            long total = sizes.productBytesPerPackage() * (2 + Digests.stableHash("size\0" + spec.name) % 11) / 7;
            SeedFiles.share(List.of(files), Math.max(total, files.inlineBytes()), "productBytesPerPackage");
            packages.add(files.build());
        }
        Map<String, String> features = new LinkedHashMap<>();
        FEATURES.forEach(code -> features.put(code, "feature-" + code));
        Map<String, String> apps = new LinkedHashMap<>();
        APPS.forEach(code -> apps.put(code, "app-" + code));
        return new Release(VERSION, packages, new CatalogMap(modelPackages, features, apps));
    }
}
