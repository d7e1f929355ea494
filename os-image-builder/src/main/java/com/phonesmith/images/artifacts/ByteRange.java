package com.phonesmith.images.artifacts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header ({@code bytes=first-last}, {@code bytes=first-} or
 * {@code bytes=-suffix}), resolved against the file's length. Several ranges in one header are answered with the
 * whole file, as RFC 9110 allows.
 */
public record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * The range asked for; empty when there is no header or it is not one simple range (the answer is then the
     * whole file). Throws {@link Unsatisfiable} when the range lies outside the file.
     */
    public static Optional<ByteRange> parse(String header, long total) throws Unsatisfiable {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                if (suffix == 0 || total == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, total - suffix), total - 1));
            }
            long first = Long.parseLong(matcher.group(1));
            long last = matcher.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(matcher.group(2)), total - 1);
            if (first >= total || last < first) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** The range starts beyond the end of the file: answered 416. */
    public static final class Unsatisfiable extends Exception {
        Unsatisfiable() {
            super("range not satisfiable", null, false, false);
        }
    }
}
