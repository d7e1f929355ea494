package com.phonesmith.handset.ext4;

import java.io.IOException;

/**
 * The image cannot be read as ext4: it is not ext4 at all, it is cut short, its metadata is damaged, or it
 * uses a feature this reader does not support. The message says which.
 */
public class Ext4FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public Ext4FormatException(String message) {
        super(message);
    }

    public Ext4FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
