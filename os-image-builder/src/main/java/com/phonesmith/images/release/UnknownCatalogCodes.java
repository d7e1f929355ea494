package com.phonesmith.images.release;

import java.util.List;

/**
 * A selection naming a model, feature or app the release has no package for (or no model at all), e.g.
 * "unknown feature 'teleport'; unknown app 'solitaire'".
 */
public final class UnknownCatalogCodes extends UnresolvableSelection {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public UnknownCatalogCodes(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per unknown code, e.g. "unknown app 'solitaire'", or "model is missing". */
    public List<String> problems() {
        return problems;
    }
}
