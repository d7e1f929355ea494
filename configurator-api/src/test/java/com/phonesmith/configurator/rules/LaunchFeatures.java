package com.phonesmith.configurator.rules;

import static com.phonesmith.configurator.rules.FeatureModel.Kind.APP;
import static com.phonesmith.configurator.rules.FeatureModel.Kind.FEATURE;

import com.phonesmith.configurator.rules.FeatureModel.Group;
import com.phonesmith.configurator.rules.FeatureModel.GroupKind;
import com.phonesmith.configurator.rules.FeatureModel.Option;
import com.phonesmith.configurator.rules.FeatureModel.Rule;
import com.phonesmith.configurator.rules.FeatureModel.RuleKind;
import java.util.List;

/**
 * The feature model of the launch catalog as CatalogService reads it from V2__seed_catalog.sql and
 * V5__feature_model.sql (options, groups and rules sorted as it sorts them, 12 GB system reserve), and the variants
 * of its four handsets, for engine tests without a database.
 */
final class LaunchFeatures {
    static final FeatureModel MODEL = new FeatureModel(List.of(
            new Option("always-on-display", "Always-on display", FEATURE, 0, 10, 0, false),
            new Option("always-on-vpn", "Always-on VPN", FEATURE, 0, 25, 0, false),
            new Option("antennapod", "AntennaPod", APP, 0, 60, 0, false),
            new Option("app-lock", "App lock", FEATURE, 0, 10, 0, false),
            new Option("aurora-store", "Aurora Store", APP, 0, 40, 0, false),
            new Option("battery-saver-plus", "Battery saver plus", FEATURE, 0, 10, 0, false),
            new Option("call-recording", "Call recording", FEATURE, 0, 15, 0, false),
            new Option("camera", "Camera", APP, 0, 90, 0, true),
            new Option("content-filter", "Content filter", FEATURE, 0, 40, 0, false),
            new Option("desktop-mode", "Desktop mode", FEATURE, 1500, 300, 8, false),
            new Option("dual-apps", "Dual apps", FEATURE, 0, 20, 0, false),
            new Option("duckduckgo-browser", "DuckDuckGo Browser", APP, 0, 120, 0, false),
            new Option("element", "Element", APP, 0, 150, 0, false),
            new Option("encrypted-backup", "Encrypted backup", FEATURE, 0, 30, 0, false),
            new Option("esim-manager", "eSIM manager", FEATURE, 0, 20, 0, false),
            new Option("external-display", "External display", FEATURE, 0, 30, 0, false),
            new Option("f-droid", "F-Droid", APP, 0, 30, 0, false),
            new Option("face-unlock", "Face unlock", FEATURE, 0, 200, 6, false),
            new Option("firefox", "Firefox", APP, 0, 280, 0, true),
            new Option("firewall", "Firewall", FEATURE, 0, 15, 0, false),
            new Option("games-pack", "Games Pack", APP, 999, 24576, 0, false),
            new Option("gesture-navigation", "Gesture navigation", FEATURE, 0, 5, 0, false),
            new Option("k9-mail", "K-9 Mail", APP, 0, 40, 0, false),
            new Option("keepassdx", "KeePassDX", APP, 0, 40, 0, false),
            new Option("kids-books", "Kids books", APP, 0, 1024, 0, false),
            new Option("kids-games", "Kids games", APP, 0, 2048, 0, false),
            new Option("kids-mode", "Kids mode", FEATURE, 0, 0, 0, false),
            new Option("launcher-classic", "Classic launcher", FEATURE, 0, 150, 0, true),
            new Option("launcher-focus", "Focus launcher", FEATURE, 0, 60, 0, false),
            new Option("launcher-kids", "Kids launcher", FEATURE, 0, 120, 0, false),
            new Option("launcher-minimal", "Minimal launcher", FEATURE, 0, 40, 0, false),
            new Option("messages", "Messages", APP, 0, 50, 0, true),
            new Option("microg", "microG", FEATURE, 0, 180, 0, false),
            new Option("navigator-pro", "Navigator Pro", APP, 499, 2048, 0, false),
            new Option("newpipe", "NewPipe", APP, 0, 30, 0, false),
            new Option("office-suite", "Office suite", APP, 0, 1536, 0, false),
            new Option("offline-music", "Offline music", APP, 299, 12288, 0, false),
            new Option("offline-video", "Offline video library", APP, 499, 16384, 0, false),
            new Option("on-device-assistant", "On-device assistant", FEATURE, 2900, 4096, 12, false),
            new Option("organic-maps", "Organic Maps", APP, 0, 3072, 0, false),
            new Option("osmand", "OsmAnd", APP, 0, 8192, 0, false),
            new Option("parental-controls", "Parental controls", FEATURE, 0, 80, 0, false),
            new Option("phone", "Phone", APP, 0, 60, 0, true),
            new Option("photo-editor", "Photo editor", APP, 0, 800, 0, false),
            new Option("privacy-dns", "Private DNS", FEATURE, 0, 10, 0, false),
            new Option("proton-mail", "Proton Mail", APP, 0, 120, 0, false),
            new Option("screen-recorder", "Screen recorder", FEATURE, 0, 25, 0, false),
            new Option("secure-folder", "Secure folder", FEATURE, 0, 60, 0, false),
            new Option("signal", "Signal", APP, 0, 200, 0, false),
            new Option("threema", "Threema", APP, 499, 100, 0, false),
            new Option("tracker-blocker", "Tracker blocker", FEATURE, 0, 20, 0, false),
            new Option("vanadium", "Vanadium", APP, 0, 250, 0, false),
            new Option("wifi-calling", "Wi-Fi calling", FEATURE, 0, 15, 0, false),
            new Option("work-chat", "Work chat", APP, 0, 180, 0, false),
            new Option("work-mail", "Work mail", APP, 0, 150, 0, true),
            new Option("work-profile", "Work profile", FEATURE, 0, 50, 0, false),
            new Option("work-vpn", "Work VPN", APP, 0, 40, 0, false)),
        List.of(
            new Group("browser", "Browser", GroupKind.AT_LEAST_ONE, null, List.of("firefox", "vanadium", "duckduckgo-browser")),
            new Group("core-apps", "Core apps", GroupKind.ALL, null, List.of("phone", "messages", "camera")),
            new Group("kids-apps", "Kids apps", GroupKind.ANY, "kids-mode", List.of("kids-games", "kids-books")),
            new Group("kids-safety", "Kids safety", GroupKind.ALL, "kids-mode", List.of("parental-controls", "content-filter")),
            new Group("launcher", "Launcher", GroupKind.EXACTLY_ONE, null, List.of("launcher-classic", "launcher-minimal", "launcher-focus", "launcher-kids")),
            new Group("work-apps", "Work apps", GroupKind.AT_LEAST_ONE, "work-profile", List.of("work-mail", "work-vpn", "work-chat"))),
        List.of(
            new Rule(RuleKind.REQUIRES, "always-on-vpn", "firewall"),
            new Rule(RuleKind.REQUIRES, "aurora-store", "microg"),
            new Rule(RuleKind.EXCLUDES, "call-recording", "kids-mode"),
            new Rule(RuleKind.REQUIRES, "desktop-mode", "external-display"),
            new Rule(RuleKind.EXCLUDES, "dual-apps", "work-profile"),
            new Rule(RuleKind.EXCLUDES, "kids-mode", "games-pack"),
            new Rule(RuleKind.REQUIRES, "kids-mode", "launcher-kids"),
            new Rule(RuleKind.EXCLUDES, "kids-mode", "secure-folder"),
            new Rule(RuleKind.EXCLUDES, "kids-mode", "work-profile"),
            new Rule(RuleKind.EXCLUDES, "launcher-focus", "games-pack"),
            new Rule(RuleKind.REQUIRES, "launcher-kids", "kids-mode"),
            new Rule(RuleKind.REQUIRES, "navigator-pro", "microg"),
            new Rule(RuleKind.REQUIRES, "tracker-blocker", "privacy-dns")),
        12 * 1024);

    /** The variants of each handset of the launch catalog, sorted by colour then storage as Catalog sorts them. */
    static final List<List<HandsetVariant>> HANDSETS = List.of(
            List.of(new HandsetVariant("coral", 64, 8),
                    new HandsetVariant("coral", 128, 8),
                    new HandsetVariant("ink", 64, 8),
                    new HandsetVariant("ink", 128, 8)),
            List.of(new HandsetVariant("ink", 128, 8),
                    new HandsetVariant("ink", 256, 12),
                    new HandsetVariant("sand", 128, 8),
                    new HandsetVariant("sand", 256, 12)),
            List.of(new HandsetVariant("birch", 128, 6),
                    new HandsetVariant("birch", 256, 8),
                    new HandsetVariant("slate", 128, 6),
                    new HandsetVariant("slate", 256, 8)),
            List.of(new HandsetVariant("moss", 256, 12),
                    new HandsetVariant("moss", 512, 16),
                    new HandsetVariant("snow", 256, 12),
                    new HandsetVariant("snow", 512, 16)));

    private LaunchFeatures() {
    }
}
