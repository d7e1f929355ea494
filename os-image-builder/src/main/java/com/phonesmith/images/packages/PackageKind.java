package com.phonesmith.images.packages;

/** Why a package is in an image: always (base), or because the configuration chose a model, feature or app. */
public enum PackageKind {
    BASE("base"),
    MODEL("model"),
    FEATURE("feature"),
    APP("app");

    private final String label;

    PackageKind(String label) {
        this.label = label;
    }

    /** The word a person uses for the catalog code of this kind ("model", "feature", "app"). */
    public String label() {
        return label;
    }
}
