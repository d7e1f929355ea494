package com.phonesmith.images.release;

import static com.phonesmith.images.release.SeedSpec.Layout.APP;
import static com.phonesmith.images.release.SeedSpec.Layout.BIN;
import static com.phonesmith.images.release.SeedSpec.Layout.CONFIG;
import static com.phonesmith.images.release.SeedSpec.Layout.DATA;
import static com.phonesmith.images.release.SeedSpec.Layout.FIRMWARE;
import static com.phonesmith.images.release.SeedSpec.Layout.FONT;
import static com.phonesmith.images.release.SeedSpec.Layout.FRAMEWORK;
import static com.phonesmith.images.release.SeedSpec.Layout.HAL;
import static com.phonesmith.images.release.SeedSpec.Layout.KERNEL;
import static com.phonesmith.images.release.SeedSpec.Layout.LIB;
import static com.phonesmith.images.release.SeedSpec.Layout.PRIV_APP;

import java.util.ArrayList;
import java.util.List;

/**
 * The packages of the seed release: the base system, the vendor packages of a model, and the product
 * packages (one per catalog feature and app, and the libraries they share).
 */
final class SeedPackages {
    /** Hardware abstraction layers every model has; each model's HAL provides the virtual name "hal-x". */
    static final List<String> HALS = List.of("audio", "camera", "fingerprint", "graphics", "radio", "sensors", "wifi");

    private SeedPackages() {
    }

    private static SeedSpec system(SeedSpec.Layout layout, String name) {
        return new SeedSpec(name, PackagePartition.SYSTEM, layout, SeedSpec.title(name));
    }

    private static SeedSpec product(SeedSpec.Layout layout, String name) {
        return new SeedSpec(name, PackagePartition.PRODUCT, layout, SeedSpec.title(name));
    }

    static List<SeedSpec> system() {
        List<SeedSpec> s = new ArrayList<>();
        // native core
        s.add(system(CONFIG, "base-files").essential());
        s.add(system(LIB, "base-libc").version("14.0.7").essential().provides("libc").needs("base-linker"));
        s.add(system(BIN, "base-linker").version("14.0.7").essential().provides("linker"));
        s.add(system(LIB, "libm").essential().needs("libc"));
        s.add(system(LIB, "libdl").essential().needs("libc"));
        s.add(system(LIB, "liblog").essential().needs("libc"));
        s.add(system(LIB, "libbase").essential().needs("libc", "liblog"));
        s.add(system(LIB, "libcutils").essential().needs("libbase"));
        s.add(system(LIB, "libutils").essential().needs("libcutils"));
        s.add(system(LIB, "libz").version("1.3.1").essential().needs("libc"));
        s.add(system(LIB, "libcrypto").version("3.0.13").essential().needs("libc"));
        s.add(system(LIB, "libssl").version("3.0.13").essential().needs("libcrypto"));
        s.add(system(LIB, "libexpat").version("2.6.2").essential().needs("libc"));
        s.add(system(LIB, "libxml2").version("2.12.6").needs("libz"));
        s.add(system(LIB, "libpng").version("1.6.43").essential().needs("libz"));
        s.add(system(LIB, "libjpeg").version("3.0.2").essential().needs("libc"));
        s.add(system(LIB, "libwebp").version("1.3.2").needs("libc"));
        s.add(system(LIB, "libicu").version("74.2").essential().heavy(3).needs("libc"));
        s.add(system(LIB, "libsqlite").version("3.45.1").essential().needs("libc"));
        s.add(system(LIB, "libprotobuf").version("3.21.12").essential().needs("libc"));
        s.add(system(LIB, "libselinux").essential().needs("libc"));
        s.add(system(LIB, "libfs-mgr").essential().needs("libbase"));
        // binder, graphics, media
        s.add(system(LIB, "libbinder").essential().needs("libutils"));
        s.add(system(LIB, "libhidl").essential().needs("libbinder"));
        s.add(system(LIB, "libui").essential().needs("libutils"));
        s.add(system(LIB, "libgui").essential().needs("libui", "libbinder"));
        s.add(system(LIB, "libegl").essential().needs("libgui", "hal-graphics"));
        s.add(system(LIB, "libvulkan").needs("hal-graphics"));
        s.add(system(LIB, "libaudioclient").essential().needs("libbinder"));
        s.add(system(LIB, "libstagefright").essential().needs("libbinder", "media-codecs-base"));
        s.add(system(LIB, "libmedia").essential().needs("libaudioclient", "libstagefright"));
        s.add(system(DATA, "media-codecs-base").essential().heavy(2));
        s.add(system(LIB, "libcamera-client").essential().needs("libbinder"));
        s.add(system(LIB, "libsensor").essential().needs("libbinder"));
        s.add(system(LIB, "libinput").essential().needs("libbinder"));
        s.add(system(LIB, "libnetd-client").essential().needs("libc"));
        s.add(system(LIB, "libkeystore").essential().needs("libcrypto", "libbinder"));
        s.add(system(LIB, "libbluetooth").essential().needs("libbinder"));
        s.add(system(LIB, "libnfc").needs("libbinder"));
        s.add(system(LIB, "libwifi-hal").essential().needs("hal-wifi"));
        // runtime
        s.add(system(BIN, "art-runtime").version("14.0.7").essential().heavy(3).provides("java-runtime")
                .needs("libc", "libz", "libicu"));
        s.add(system(DATA, "art-boot-image").essential().heavy(4).needs("art-runtime"));
        s.add(system(FRAMEWORK, "core-libart").essential().needs("art-runtime"));
        s.add(system(FRAMEWORK, "icu4j").essential().needs("libicu", "core-libart"));
        s.add(system(FRAMEWORK, "conscrypt").version("2.5.2").essential().needs("libssl", "core-libart"));
        s.add(system(FRAMEWORK, "okhttp").essential().needs("conscrypt"));
        s.add(system(FRAMEWORK, "bouncycastle").version("1.77").essential().needs("core-libart"));
        s.add(system(FRAMEWORK, "apache-http").needs("core-libart"));
        // framework
        s.add(system(FRAMEWORK, "framework-core").version("14.0.7").essential().heavy(4)
                .needs("java-runtime", "libbinder", "framework-res", "icu4j", "okhttp"));
        s.add(system(FRAMEWORK, "framework-res").version("14.0.7").essential().heavy(2));
        s.add(system(FRAMEWORK, "framework-services").essential().heavy(3).needs("framework-core"));
        s.add(system(FRAMEWORK, "framework-telephony").essential().needs("framework-core", "hal-radio"));
        s.add(system(FRAMEWORK, "framework-wifi").essential().needs("framework-core", "libwifi-hal"));
        s.add(system(FRAMEWORK, "framework-bluetooth").essential().needs("framework-core", "libbluetooth"));
        s.add(system(FRAMEWORK, "framework-media").essential().needs("framework-core", "libmedia"));
        s.add(system(FRAMEWORK, "framework-location").essential().needs("framework-core"));
        s.add(system(FRAMEWORK, "framework-permissions").essential().needs("framework-core"));
        s.add(system(FRAMEWORK, "framework-graphics").essential().needs("framework-core", "libegl"));
        s.add(system(FRAMEWORK, "framework-camera").essential().needs("framework-core", "libcamera-client"));
        s.add(system(FRAMEWORK, "framework-nfc").needs("framework-core", "libnfc"));
        s.add(system(FRAMEWORK, "framework-accessibility").essential().needs("framework-core"));
        s.add(system(FRAMEWORK, "framework-print").needs("framework-core"));
        // native services
        s.add(system(BIN, "init").essential().needs("base-files", "libc", "libselinux", "libfs-mgr", "shell"));
        s.add(system(BIN, "servicemanager").essential().needs("libbinder"));
        s.add(system(BIN, "hwservicemanager").essential().needs("libhidl"));
        s.add(system(BIN, "surfaceflinger").essential().needs("libgui", "libegl", "hal-graphics"));
        s.add(system(BIN, "vold").essential().needs("libfs-mgr"));
        s.add(system(BIN, "netd").essential().needs("libnetd-client"));
        s.add(system(BIN, "installd").essential().needs("libbase"));
        s.add(system(BIN, "keystore2").essential().needs("libkeystore"));
        s.add(system(BIN, "gatekeeperd").essential().needs("libkeystore"));
        s.add(system(BIN, "logd").essential().needs("liblog"));
        s.add(system(BIN, "lmkd").essential().needs("libcutils"));
        s.add(system(BIN, "statsd").essential().needs("libbinder", "libprotobuf"));
        s.add(system(BIN, "adbd").needs("libc", "libcrypto"));
        s.add(system(BIN, "apexd").essential().needs("libbase", "libprotobuf"));
        s.add(system(BIN, "update-engine").essential().needs("libssl", "libprotobuf"));
        s.add(system(BIN, "bootanimation").essential().needs("libgui", "libpng"));
        s.add(system(BIN, "media-server").essential().needs("libmedia"));
        s.add(system(BIN, "audio-server").essential().needs("libaudioclient", "hal-audio"));
        s.add(system(BIN, "camera-server").essential().needs("libcamera-client", "hal-camera"));
        s.add(system(BIN, "sensor-service").essential().needs("libsensor", "hal-sensors"));
        s.add(system(BIN, "biometrics-service").essential().needs("libbinder", "hal-fingerprint"));
        s.add(system(BIN, "drm-server").needs("libmedia"));
        s.add(system(BIN, "toybox").version("0.8.11").essential().provides("shell").needs("libc"));
        s.add(system(BIN, "mksh").version("59c").provides("shell").needs("libc"));
        s.add(system(CONFIG, "selinux-policy").essential().heavy(2));
        s.add(system(CONFIG, "tzdata").version("2024a").essential());
        s.add(system(CONFIG, "ca-certificates").version("2024.2").essential());
        // system apps
        s.add(system(PRIV_APP, "system-ui").essential().heavy(3)
                .needs("framework-core", "framework-graphics", "launcher-impl", "fontconfig"));
        s.add(system(PRIV_APP, "settings").essential().heavy(2).needs("framework-core", "input-method"));
        s.add(system(PRIV_APP, "package-installer").essential().needs("framework-core"));
        s.add(system(PRIV_APP, "permission-controller").essential().needs("framework-permissions"));
        s.add(system(PRIV_APP, "documents-ui").essential().needs("framework-core"));
        s.add(system(PRIV_APP, "shell-app").essential().needs("framework-core", "shell"));
        s.add(system(PRIV_APP, "contacts-provider").essential().needs("framework-core", "libsqlite"));
        s.add(system(PRIV_APP, "media-provider").essential().needs("framework-media", "libsqlite"));
        s.add(system(PRIV_APP, "telephony-provider").essential().needs("framework-telephony", "libsqlite"));
        s.add(system(PRIV_APP, "downloads-provider").essential().needs("framework-core", "okhttp"));
        s.add(system(PRIV_APP, "calendar-provider").essential().needs("framework-core", "libsqlite"));
        s.add(system(PRIV_APP, "settings-provider").essential().needs("framework-core"));
        s.add(system(PRIV_APP, "bluetooth-app").essential().needs("framework-bluetooth"));
        s.add(system(PRIV_APP, "nfc-app").needs("framework-nfc"));
        s.add(system(PRIV_APP, "keychain").essential().needs("framework-core", "keystore2"));
        s.add(system(PRIV_APP, "cert-installer").essential().needs("keychain", "ca-certificates"));
        s.add(system(PRIV_APP, "print-spooler").needs("framework-print"));
        s.add(system(PRIV_APP, "wallpaper-picker").essential().needs("framework-graphics", "libwebp"));
        s.add(system(PRIV_APP, "setup-wizard").essential().needs("framework-core", "settings"));
        s.add(system(PRIV_APP, "system-updater").essential().needs("update-engine", "framework-core"));
        s.add(system(PRIV_APP, "basic-keyboard").provides("input-method").needs("framework-core"));
        s.add(system(PRIV_APP, "latin-ime").provides("input-method").needs("framework-core"));
        // the home screen when no launcher feature is chosen: any launcher replaces it
        s.add(system(PRIV_APP, "launcher-fallback").provides("launcher-impl").conflicts("launcher-impl")
                .needs("framework-core"));
        // fonts
        s.add(system(FONT, "fonts-roboto").version("3.009"));
        s.add(system(FONT, "fonts-noto-sans").version("2.013"));
        s.add(system(FONT, "fonts-noto-serif").version("2.012"));
        s.add(system(FONT, "fonts-noto-cjk").version("2.004").heavy(4));
        s.add(system(FONT, "fonts-noto-emoji").version("15.1").essential());
        s.add(system(CONFIG, "fontconfig").version("2.15.0").essential()
                .needs("fonts-noto-sans | fonts-roboto", "fonts-noto-emoji", "libexpat"));
        // web views: every app showing web content needs one, any provider will do
        s.add(system(PRIV_APP, "system-webview").version("124.0.6367.82").heavy(4).provides("webview")
                .needs("framework-core"));
        s.add(system(PRIV_APP, "vanadium-webview").version("124.0.6367.82.0").heavy(4).provides("webview")
                .needs("framework-core"));
        s.add(system(BIN, "webview-zygote").essential().needs("webview", "art-runtime"));
        return s;
    }

    static List<SeedSpec> vendor(String model) {
        List<SeedSpec> v = new ArrayList<>();
        // installed because the model is chosen; one vendor image per phone
        SeedSpec vendor = new SeedSpec("vendor-" + model, PackagePartition.VENDOR, CONFIG, null)
                .provides("vendor-image").conflicts("vendor-image")
                .needs("kernel-modules-" + model, "firmware-wifi-" + model);
        HALS.forEach(hal -> vendor.needs("hal-" + hal + "-" + model));
        v.add(vendor);
        for (String hal : HALS) {
            SeedSpec spec = new SeedSpec("hal-" + hal + "-" + model, PackagePartition.VENDOR, HAL, null)
                    .provides("hal-" + hal).conflicts("hal-" + hal);
            switch (hal) {
                case "radio" -> spec.needs("firmware-modem-" + model);
                case "graphics" -> spec.needs("firmware-gpu-" + model);
                case "wifi" -> spec.needs("firmware-wifi-" + model);
                case "camera" -> spec.heavy(2);
                default -> {
                }
            }
            v.add(spec);
        }
        v.add(new SeedSpec("firmware-modem-" + model, PackagePartition.VENDOR, FIRMWARE, null).heavy(6));
        v.add(new SeedSpec("firmware-gpu-" + model, PackagePartition.VENDOR, FIRMWARE, null).heavy(3));
        v.add(new SeedSpec("firmware-wifi-" + model, PackagePartition.VENDOR, FIRMWARE, null).heavy(2));
        v.add(new SeedSpec("kernel-modules-" + model, PackagePartition.VENDOR, KERNEL, null).heavy(3));
        return v;
    }

    static List<SeedSpec> product() {
        List<SeedSpec> p = new ArrayList<>();
        p.addAll(features());
        p.addAll(apps());
        p.addAll(sharedLibraries());
        return p;
    }

    private static SeedSpec feature(String code) {
        return new SeedSpec("feature-" + code, PackagePartition.PRODUCT, PRIV_APP, SeedSpec.title(code));
    }

    private static SeedSpec app(String code) {
        return new SeedSpec("app-" + code, PackagePartition.PRODUCT, APP, SeedSpec.title(code));
    }

    private static List<SeedSpec> features() {
        List<SeedSpec> f = new ArrayList<>();
        f.add(feature("microg").version("0.3.6").provides("play-services").needs("microg-gmscore", "microg-gsf"));
        f.add(feature("privacy-dns").needs("dns-over-tls-core"));
        f.add(feature("work-profile").needs("work-profile-dpc").conflicts("feature-kids-mode"));
        f.add(feature("desktop-mode").needs("feature-external-display", "desktop-shell"));
        // exactly one home screen: every launcher provides launcher-impl and conflicts with it
        for (String launcher : List.of("launcher-classic", "launcher-minimal", "launcher-focus", "launcher-kids")) {
            SeedSpec spec = feature(launcher).provides("launcher-impl").conflicts("launcher-impl");
            if (launcher.equals("launcher-focus")) {
                spec.conflicts("app-games-pack");
            }
            if (launcher.equals("launcher-kids")) {
                spec.needs("feature-kids-mode");
            }
            f.add(spec);
        }
        f.add(feature("kids-mode")
                .needs("feature-launcher-kids", "feature-parental-controls", "feature-content-filter",
                        "kids-content-db")
                .conflicts("feature-secure-folder", "app-games-pack", "feature-call-recording"));
        f.add(feature("parental-controls").needs("framework-location"));
        f.add(feature("content-filter").needs("content-filter-lists", "dns-over-tls-core"));
        f.add(feature("external-display").needs("hal-graphics"));
        f.add(feature("on-device-assistant").needs("speech-model-large | speech-model-small", "tts-engine"));
        f.add(feature("tracker-blocker").needs("feature-privacy-dns", "tracker-lists"));
        f.add(feature("firewall").needs("netd"));
        f.add(feature("always-on-vpn").needs("feature-firewall", "vpn-core"));
        f.add(feature("app-lock").needs("biometrics-service"));
        f.add(feature("secure-folder").needs("work-profile-dpc"));
        f.add(feature("dual-apps").needs("work-profile-dpc").conflicts("feature-work-profile"));
        f.add(feature("call-recording").needs("framework-telephony"));
        f.add(feature("gesture-navigation").needs("system-ui"));
        f.add(feature("always-on-display").needs("hal-sensors"));
        f.add(feature("esim-manager").needs("hal-radio"));
        f.add(feature("wifi-calling").needs("hal-radio", "hal-wifi"));
        f.add(feature("screen-recorder").needs("media-codecs-extra"));
        f.add(feature("face-unlock").needs("hal-camera", "face-model", "biometrics-service"));
        f.add(feature("encrypted-backup").needs("backup-transport-webdav | backup-transport-sftp", "libsodium"));
        f.add(feature("battery-saver-plus"));
        return f;
    }

    private static List<SeedSpec> apps() {
        List<SeedSpec> a = new ArrayList<>();
        a.add(app("firefox").version("128.0.1").heavy(2).needs("gecko-runtime"));
        a.add(app("signal").version("7.20.2").needs("libsignal-client"));
        a.add(app("osmand").version("4.8.6").needs("maps-engine"));
        a.add(app("k9-mail").version("6.804").needs("mail-core"));
        a.add(app("newpipe").version("0.27.2").needs("media-codecs-extra | media-codecs-base", "exoplayer-lib"));
        a.add(app("navigator-pro").version("2.1.0").needs("maps-engine", "play-services", "tts-engine"));
        a.add(app("phone").needs("framework-telephony"));
        a.add(app("messages").needs("framework-telephony"));
        a.add(app("camera").needs("framework-camera"));
        a.add(app("vanadium").version("124.0.6367.82.0").needs("vanadium-webview"));
        a.add(app("duckduckgo-browser").version("5.196.0").needs("webview"));
        a.add(app("work-mail").needs("feature-work-profile", "mail-core"));
        a.add(app("work-vpn").needs("feature-work-profile", "vpn-core"));
        a.add(app("work-chat").needs("feature-work-profile"));
        a.add(app("kids-games").heavy(3).needs("feature-kids-mode"));
        a.add(app("kids-books").heavy(2).needs("feature-kids-mode", "tts-engine"));
        a.add(app("games-pack").heavy(6).needs("libvulkan"));
        a.add(app("offline-video").heavy(6).needs("media-codecs-extra", "exoplayer-lib"));
        a.add(app("offline-music").heavy(4).needs("exoplayer-lib"));
        a.add(app("organic-maps").version("2024.03.18").needs("maps-engine"));
        a.add(app("office-suite").heavy(2).needs("office-core", "fonts-noto-serif"));
        a.add(app("photo-editor"));
        a.add(app("antennapod").version("3.4.0").needs("exoplayer-lib"));
        a.add(app("keepassdx").version("4.0.6"));
        a.add(app("proton-mail").needs("webview"));
        a.add(app("element").version("1.6.14").needs("matrix-crypto", "webview"));
        a.add(app("threema").version("5.3").needs("libsodium"));
        a.add(app("f-droid").version("1.19.1"));
        a.add(app("aurora-store").version("4.4.1").needs("play-services"));
        return a;
    }

    private static List<SeedSpec> sharedLibraries() {
        List<SeedSpec> l = new ArrayList<>();
        l.add(product(LIB, "maps-engine").heavy(2).needs("map-data-base", "libsqlite"));
        l.add(product(DATA, "map-data-base").heavy(4));
        l.add(product(LIB, "gecko-runtime").version("128.0.1").heavy(3).needs("libc"));
        l.add(product(LIB, "libsignal-client").version("0.44.0").needs("libssl"));
        l.add(product(LIB, "mail-core").needs("libssl"));
        l.add(product(LIB, "media-codecs-extra").heavy(2).needs("libstagefright"));
        l.add(product(LIB, "exoplayer-lib").version("2.19.1"));
        l.add(product(LIB, "tts-engine").needs("libc"));
        l.add(product(DATA, "speech-model-large").heavy(6));
        l.add(product(DATA, "speech-model-small").heavy(2));
        l.add(product(LIB, "backup-transport-webdav").needs("okhttp"));
        l.add(product(LIB, "backup-transport-sftp").needs("libssl"));
        l.add(product(LIB, "vpn-core").version("1.0.20210914").needs("netd"));
        l.add(product(LIB, "dns-over-tls-core").needs("libssl"));
        l.add(product(DATA, "tracker-lists"));
        l.add(product(DATA, "content-filter-lists"));
        l.add(product(DATA, "kids-content-db").heavy(2));
        l.add(product(DATA, "face-model").heavy(2));
        l.add(product(LIB, "office-core").heavy(2));
        l.add(product(LIB, "matrix-crypto").needs("libssl"));
        l.add(product(LIB, "libsodium").version("1.0.19").needs("libc"));
        l.add(product(PRIV_APP, "microg-gmscore").version("0.3.6").heavy(2).needs("framework-core"));
        l.add(product(PRIV_APP, "microg-gsf").version("0.3.6").needs("framework-core"));
        l.add(product(PRIV_APP, "work-profile-dpc").needs("framework-core"));
        l.add(product(PRIV_APP, "desktop-shell").needs("system-ui"));
        return l;
    }
}
