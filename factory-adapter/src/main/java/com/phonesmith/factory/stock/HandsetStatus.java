package com.phonesmith.factory.stock;

/** Where a handset of the stock is in its life at the factory. */
public enum HandsetStatus {
    /** At a station, free to be reserved for an order of its variant. */
    AVAILABLE,
    /** Set aside for one order (it is flashed and checked for that order). */
    RESERVED,
    /** Left the factory in the order's parcel. */
    SHIPPED,
    /**
     * Failed QA again and was set aside (SwapHandset): never reserved again. It keeps the order it failed for, so its
     * trace stays readable.
     */
    FAULTY
}
