package com.phonesmith.images.packages;

/** A catalog code of a configuration that the package index does not know (empty when it is missing). */
public record UnknownCatalogCode(PackageKind kind, String code) {
    public String describe() {
        if (code == null || code.isBlank()) {
            return kind.label() + " is missing";
        }
        return "unknown " + kind.label() + " '" + code + "'";
    }
}
