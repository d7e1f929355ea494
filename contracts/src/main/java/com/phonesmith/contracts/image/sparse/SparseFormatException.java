package com.phonesmith.contracts.image.sparse;

import java.io.IOException;

/** A file that is not a valid Android sparse image: wrong magic or version, truncated, or inconsistent. */
public class SparseFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public SparseFormatException(String message) {
        super(message);
    }
}
