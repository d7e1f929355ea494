package com.phonesmith.images.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a configuration to the packages of its image: the base packages, the packages of its model,
 * and those of each chosen feature and app. Packages have no dependencies on each other yet, so the set is
 * exactly what the catalog codes pull in. The result is sorted by package name.
 */
public final class PackageResolver {
    private final List<PackageSpec> index;

    public PackageResolver(List<PackageSpec> index) {
        this.index = List.copyOf(index);
    }

    /**
     * The sorted package set of the configuration.
     *
     * @throws UnresolvableConfigurationException naming every model, feature or app that no package is for
     */
    public List<PackageSpec> resolve(Configuration configuration) throws UnresolvableConfigurationException {
        Map<String, PackageSpec> chosen = new TreeMap<>();
        List<UnknownCatalogCode> unknown = new ArrayList<>();
        index.stream().filter(p -> p.kind() == PackageKind.BASE).forEach(p -> chosen.put(p.name(), p));
        pullIn(PackageKind.MODEL, configuration.model(), chosen, unknown);
        configuration.features().forEach(code -> pullIn(PackageKind.FEATURE, code, chosen, unknown));
        configuration.apps().forEach(code -> pullIn(PackageKind.APP, code, chosen, unknown));
        if (!unknown.isEmpty()) {
            throw new UnresolvableConfigurationException(unknown);
        }
        return chosen.values().stream().sorted(Comparator.comparing(PackageSpec::name)).toList();
    }

    private void pullIn(PackageKind kind, String code, Map<String, PackageSpec> chosen,
            List<UnknownCatalogCode> unknown) {
        List<PackageSpec> packages = code == null || code.isBlank() ? List.of()
                : index.stream().filter(p -> p.kind() == kind && code.equals(p.catalogCode())).toList();
        if (packages.isEmpty()) {
            unknown.add(new UnknownCatalogCode(kind, code == null ? "" : code));
            return;
        }
        packages.forEach(p -> chosen.put(p.name(), p));
    }
}
