package com.phonesmith.images.packages;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration names a model, feature or app the package index has no package for. */
public class UnresolvableConfigurationException extends Exception {
    private final List<UnknownCatalogCode> unknown;

    public UnresolvableConfigurationException(List<UnknownCatalogCode> unknown) {
        super(unknown.stream().map(UnknownCatalogCode::describe).collect(Collectors.joining("; ")));
        this.unknown = List.copyOf(unknown);
    }

    public List<UnknownCatalogCode> unknown() {
        return unknown;
    }
}
