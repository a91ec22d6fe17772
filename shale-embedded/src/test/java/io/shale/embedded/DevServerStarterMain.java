package io.shale.embedded;

import java.nio.file.Path;

/** Run in a JVM of its own by {@link MariaDbDevServerTest}: starts a MariaDB dev server on args[0] and exits. */
public final class DevServerStarterMain {
    private DevServerStarterMain() {
    }

    public static void main(String[] args) {
        DevServerStatus s = MariaDbDevServer.start(Path.of(args[0]), 0, step -> System.out.println(step));
        System.out.println("pid=" + s.pid() + " port=" + s.port());
    }
}
