package com.phonesmith.factory.fastboot;

import java.io.IOException;

/** The device answered a command with FAIL; {@link #deviceMessage()} is what it said. */
public class FastbootException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String command;
    private final String deviceMessage;

    public FastbootException(String command, String deviceMessage) {
        super(command + " failed: " + deviceMessage);
        this.command = command;
        this.deviceMessage = deviceMessage;
    }

    public String command() {
        return command;
    }

    public String deviceMessage() {
        return deviceMessage;
    }
}
