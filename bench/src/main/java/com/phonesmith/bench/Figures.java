package com.phonesmith.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's figures, each printed ({@code figure-name: value}) as soon as it is measured, so that a long
 * benchmark shows what it measured even if a later part fails or is stopped.
 */
final class Figures extends LinkedHashMap<String, String> {
    @Override
    public String put(String name, String value) {
        System.out.println(name + ": " + value);
        System.out.flush();
        return super.put(name, value);
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> figures) {
        figures.forEach(this::put);
    }
}
