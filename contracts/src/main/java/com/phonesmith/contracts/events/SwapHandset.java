package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;

/**
 * Command to factory-adapter: the order's handset failed QA again; set it aside as faulty, reserve another of the
 * same variant (answered by a new {@link HandsetReserved}) and flash the order's image onto that one.
 *
 * @param imei the handset that failed; a command naming a handset the order no longer holds is passed over
 */
@EventType(name = "SwapHandset", version = 1, topic = Topics.WORKFLOW_COMMANDS)
public record SwapHandset(String orderId, String imei, String reason) implements Event {
}
