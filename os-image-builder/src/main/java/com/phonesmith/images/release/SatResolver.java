package com.phonesmith.images.release;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a selection (model, features, apps) against a release with a SAT solver: the chosen and
 * essential packages are installed, every dependency is met by some package named or providing it, no two
 * conflicting packages are installed together, and nothing else is installed (the set is subset-minimal,
 * and deterministic: packages are left out greedily in name order). A release is compiled to clauses once
 * per version and reused while the same release is resolved against. Safe for concurrent use.
 */
public final class SatResolver {
    private final Map<String, CompiledRelease> compiled = new ConcurrentHashMap<>();

    /**
     * The packages of the selection.
     *
     * @throws UnknownCatalogCodes naming every unknown model, feature and app code (or a missing model)
     * @throws UnsatisfiableSelection with a short reason if the chosen packages cannot be installed together
     */
    public Resolution resolve(Release release, Selection selection) throws UnresolvableSelection {
        return compiled(release).resolve(selection);
    }

    private CompiledRelease compiled(Release release) {
        String version = Objects.requireNonNullElse(release.version(), "");
        CompiledRelease cached = compiled.get(version);
        if (cached != null && (cached.release() == release || cached.release().equals(release))) {
            return cached;
        }
        CompiledRelease fresh = CompiledRelease.of(release);
        compiled.put(version, fresh);
        return fresh;
    }
}
