package com.phonesmith.configurator.rules;

import java.util.Set;
import java.util.TreeSet;

/** Values of one solution: each option in or out, and the variant's index. */
record Assignment(boolean[] options, int variant) {
    Set<Integer> chosenIndexes() {
        Set<Integer> set = new TreeSet<>();
        for (int i = 0; i < options.length; i++) {
            if (options[i]) {
                set.add(i);
            }
        }
        return set;
    }
}
