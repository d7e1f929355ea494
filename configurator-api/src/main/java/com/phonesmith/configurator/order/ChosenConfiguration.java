package com.phonesmith.configurator.order;

import java.util.List;

/** What a shopper chose, as an order or a quote request carries it: the rules complete it to what is built. */
public interface ChosenConfiguration {
    String model();

    String colour();

    Integer storageGb();

    List<String> features();

    List<String> apps();

    /** Default options removed. */
    List<String> removed();
}
