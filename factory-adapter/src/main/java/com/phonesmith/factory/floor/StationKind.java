package com.phonesmith.factory.floor;

/** The steps of the floor, in the order a phone passes them. */
public enum StationKind {
    KITTING, FLASHING, QA, PACKING, SHIPPING
}
