package com.phonesmith.configurator.rules;

/** What the rules need to know of one variant of the handset being configured. */
public record HandsetVariant(String colour, int storageGb, int ramGb) {
}
