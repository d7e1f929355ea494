package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.util.List;

/**
 * Command to factory-adapter: plan the order's build and reserve a handset of this exact variant.
 *
 * @param maker    the handset's maker, which the factory provisions the device under; added within version 1, so
 *                 null in commands written before it
 * @param features the codes of the OS features the order has, which the factory's QA expects the booted handset
 *                 to report; added within version 1, so null ("not known") in commands written before it
 * @param apps     the codes of the apps the order has, checked by QA like the features; added within version 1,
 *                 so null ("not known") in commands written before it
 */
@EventType(name = "ScheduleBuild", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record ScheduleBuild(String orderId, String model, String colour, int storageGb, String maker,
                            List<String> features, List<String> apps)
        implements Event {

    public ScheduleBuild {
        features = features == null ? null : List.copyOf(features);
        apps = apps == null ? null : List.copyOf(apps);
    }

    /** The command as the first messages of version 1 described it: no maker, no features or apps. */
    public ScheduleBuild(String orderId, String model, String colour, int storageGb) {
        this(orderId, model, colour, storageGb, null, null, null);
    }

    /** The command before it carried the order's features and apps: QA then cannot check them. */
    public ScheduleBuild(String orderId, String model, String colour, int storageGb, String maker) {
        this(orderId, model, colour, storageGb, maker, null, null);
    }
}
