package com.phonesmith.activations.figures;

import com.phonesmith.platform.problem.ProblemException;

/** How many recent weeks a figures request may ask for. */
final class Weeks {
    static final int MAX = 104;

    private Weeks() {
    }

    static int checked(int weeks) {
        if (weeks < 1 || weeks > MAX) {
            throw ProblemException.badRequest("weeks", "must be between 1 and " + MAX);
        }
        return weeks;
    }
}
