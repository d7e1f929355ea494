package com.phonesmith.images.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Imports a new release from its JSON index, refusing it if the checker finds any problem. */
public final class ReleaseImport {
    private ReleaseImport() {
    }

    /**
     * The release of the index.
     *
     * @throws InvalidRelease with every problem of the release (or why the index could not be read)
     * @throws IOException if the stream fails
     */
    public static Release parse(InputStream in) throws IOException, InvalidRelease {
        Release release;
        try {
            release = ReleaseIndex.read(in);
        } catch (JsonProcessingException e) {
            throw new InvalidRelease(List.of("the release index is not readable: " + e.getOriginalMessage()));
        }
        List<String> problems = ReleaseChecker.check(release);
        if (!problems.isEmpty()) {
            throw new InvalidRelease(problems);
        }
        return release;
    }
}
