package io.shale.workspace;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * A migrations folder named on the class path ({@code classpath:db/migrations}), found with a class
 * loader: in a folder ({@code file:} URL) it is that folder; in a jar ({@code jar:} URL) it is read
 * through a zip {@link FileSystem} of its own, which stays open until {@link #close()}. A class loader
 * finds a folder in a jar by its folder entry, which the Maven and Gradle jar tasks write.
 *
 * @param directory  the folder, on the default file system or inside the jar
 * @param fileSystem the jar's file system, or null for a folder
 */
record ClassPathMigrations(Path directory, FileSystem fileSystem) implements AutoCloseable {
    static final String PREFIX = "classpath:";

    /**
     * @param location {@code classpath:db/migrations} (a leading {@code /} after the prefix is allowed)
     * @throws ShaleException MIGRATIONS_DIR_MISSING when the loader has no such resource, or names it by a
     *                        URL that is neither a folder nor a jar entry
     */
    static ClassPathMigrations resolve(String location, ClassLoader loader) {
        String name = location.substring(PREFIX.length()).replaceAll("^/+", "").replaceAll("/+$", "");
        URL url = loader.getResource(name);
        if (url == null) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING,
                    "migrations folder " + location + " is not on the class path",
                    "put the migrations under src/main/resources/" + name + " (or in a jar on the class path), "
                            + "or name a folder on disk instead");
        }
        try {
            switch (url.getProtocol()) {
                case "file" -> {
                    return new ClassPathMigrations(Path.of(url.toURI()), null);
                }
                case "jar" -> {
                    String spec = url.toString();
                    int separator = spec.indexOf("!/");
                    Path jar = Path.of(new URL(spec.substring("jar:".length(), separator)).toURI());
                    // A file system of our own (not the provider's shared one), so that closing it
                    // cannot pull a jar out from under anyone else.
                    FileSystem fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
                    return new ClassPathMigrations(fs.getPath(spec.substring(separator + 1)), fs);
                }
                default -> throw unsupported(location, url);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            if (e instanceof ShaleException shale) {
                throw shale;
            }
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING,
                    "migrations folder " + location + " (" + url + ") cannot be opened: " + e.getMessage(),
                    "check that the jar or folder on the class path is readable", e);
        }
    }

    private static ShaleException unsupported(String location, URL url) {
        return new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING,
                "migrations folder " + location + " is at " + url + ", which Shale cannot list",
                "put the migrations in a folder or a jar on the class path, or name a folder on disk instead");
    }

    @Override
    public void close() {
        if (fileSystem != null) {
            try {
                fileSystem.close();
            } catch (IOException ignored) {
                // Read-only use: nothing was written that closing could lose.
            }
        }
    }
}
