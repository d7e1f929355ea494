package com.phonesmith.handset.ext4;

import java.io.IOException;

/** A file is larger than the limit its {@link Ext4Image} was opened with, so it was not read. */
public class Ext4FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final long size;
    private final long limit;

    public Ext4FileTooLargeException(String path, long size, long limit) {
        super(path + " is " + Long.toUnsignedString(size) + " bytes, over the limit of " + limit + " bytes");
        this.path = path;
        this.size = size;
        this.limit = limit;
    }

    public String path() {
        return path;
    }

    /** The file's size as its inode gives it (unsigned). */
    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
