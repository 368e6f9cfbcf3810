package com.apartmentbooking.local.runtime;

/** The front door's port is taken (often by a runtime already running): the start stops before anything else. */
public final class PortInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int port;

    PortInUseException(String bindAddress, int port) {
        super("port " + port + " on " + bindAddress + " is in use (is the runtime already running?): stop what uses "
                + "it, or start with --port <another port>");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
