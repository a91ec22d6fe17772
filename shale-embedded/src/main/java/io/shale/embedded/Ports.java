package io.shale.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback TCP ports: the embedded engines listen on 127.0.0.1 only. */
final class Ports {
    private Ports() {
    }

    /** A port that was free a moment ago; another process may take it before the server binds it. */
    static int pickFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free TCP port on 127.0.0.1", e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a start failure that names the port when {@code port} is taken. */
    static void requireFree(int port, String engine) {
        if (!isFree(port)) {
            throw new EmbeddedStartException(
                    "Cannot start the embedded " + engine + ": port " + port + " on 127.0.0.1 is already in use.",
                    "Choose another port, or 0 to let Shale pick a free one; `ss -ltnp` shows which process holds "
                            + port + ".");
        }
    }
}
