package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.server.FrontDoor;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.Supplier;

/** The port the front door listens on, checked before the start so that a taken port costs no start. */
final class FrontDoorPort {

    private FrontDoorPort() {
    }

    /** {@code port} when nothing listens on it; a port the check cannot bind for another reason is left to Jetty. */
    static int requireFree(String bindAddress, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        } catch (BindException refused) {
            if (inUse(refused)) {
                throw new PortInUseException(bindAddress, port);
            }
            return port;
        } catch (IOException otherReason) {
            return port;
        }
        return port;
    }

    /** Starts the front door; a port taken since {@link #requireFree} was checked is told as the check tells it. */
    static FrontDoor start(String bindAddress, int port, Supplier<FrontDoor> start) {
        try {
            return start.get();
        } catch (IllegalStateException failure) {
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException refused && inUse(refused)) {
                    throw new PortInUseException(bindAddress, port);
                }
            }
            throw failure;
        }
    }

    /** EADDRINUSE; a bind refused otherwise (a privileged port, an address not of this machine) says so itself. */
    private static boolean inUse(BindException refused) {
        return refused.getMessage() != null && refused.getMessage().contains("in use");
    }
}
