package com.phonesmith.platform.inbox;

import java.util.UUID;

/** The record of messages a consumer has handled. */
public interface InboxStore {
    /** Records the message as handled by the consumer; false if it already was. */
    boolean recordFirstDelivery(UUID messageId, String consumer);
}
