package com.phonesmith.images.release;

/** A selection that gives no image: it names unknown codes, or its packages cannot be installed together. */
public abstract sealed class UnresolvableSelection extends Exception
        permits UnknownCatalogCodes, UnsatisfiableSelection {
    private static final long serialVersionUID = 1L;

    protected UnresolvableSelection(String message) {
        super(message);
    }
}
