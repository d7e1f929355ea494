package com.phonesmith.configurator.rules;

import static com.phonesmith.configurator.rules.FeatureModel.Kind.APP;
import static com.phonesmith.configurator.rules.FeatureModel.Kind.FEATURE;

import com.phonesmith.configurator.rules.FeatureModel.Group;
import com.phonesmith.configurator.rules.FeatureModel.GroupKind;
import com.phonesmith.configurator.rules.FeatureModel.Option;
import com.phonesmith.configurator.rules.FeatureModel.Rule;
import com.phonesmith.configurator.rules.FeatureModel.RuleKind;
import java.util.List;

/** A small feature model with every kind of group and rule, on a handset of 64 GB (4 GB RAM) and 128 GB (8 GB). */
final class PhoneFeatures {
    static final int GB = 1024;

    static final List<HandsetVariant> VARIANTS = List.of(
            new HandsetVariant("coral", 64, 4), new HandsetVariant("coral", 128, 8),
            new HandsetVariant("ink", 64, 4), new HandsetVariant("ink", 128, 8));

    static final FeatureModel MODEL = new FeatureModel(List.of(
            new Option("dialer", "Phone", APP, 0, 100, 0, true),
            new Option("messages", "Messages", APP, 0, 100, 0, true),
            new Option("launcher-classic", "Classic launcher", FEATURE, 0, 0, 0, true),
            new Option("launcher-minimal", "Minimal launcher", FEATURE, 0, 0, 0, false),
            new Option("kids-mode", "Kids mode", FEATURE, 0, 0, 0, false),
            new Option("work-profile", "Work profile", FEATURE, 0, 0, 0, false),
            new Option("work-mail", "Work mail", APP, 0, 200, 0, false),
            new Option("work-vpn", "Work VPN", APP, 0, 50, 0, false),
            new Option("desktop-mode", "Desktop mode", FEATURE, 1500, 0, 8, false),
            new Option("external-display", "External display", FEATURE, 0, 0, 0, false),
            new Option("display-drivers", "Display drivers", FEATURE, 0, 0, 0, false),
            new Option("offline-maps", "Offline maps", APP, 0, 8 * GB, 0, false),
            new Option("games-pack", "Games Pack", APP, 999, 30 * GB, 0, false),
            new Option("offline-music", "Offline music", APP, 0, 19 * GB, 0, false)),
            List.of(new Group("core", "Core apps", GroupKind.ALL, null, List.of("dialer", "messages")),
                    new Group("launcher", "Launcher", GroupKind.EXACTLY_ONE, null,
                            List.of("launcher-classic", "launcher-minimal")),
                    new Group("work-apps", "Work apps", GroupKind.AT_LEAST_ONE, "work-profile",
                            List.of("work-mail", "work-vpn"))),
            List.of(new Rule(RuleKind.EXCLUDES, "work-profile", "kids-mode"),
                    new Rule(RuleKind.REQUIRES, "desktop-mode", "external-display"),
                    new Rule(RuleKind.REQUIRES, "external-display", "display-drivers")),
            12 * GB);

    private PhoneFeatures() {
    }

    static Configurator configurator() {
        return new Configurator(MODEL, VARIANTS);
    }
}
