package io.shale.workspace;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A migrations folder named on the class path ({@code classpath:db/migrations}), found with a class
 * loader: in a folder ({@code file:} URL) it is that folder; in a jar on disk ({@code jar:file:} URL) it
 * is read through a zip {@link FileSystem} of its own, which stays open until {@link #close()}; in any
 * other jar a {@code jar:} URL names (a Spring Boot fat jar's {@code jar:nested:...!/BOOT-INF/lib/x.jar!/db/migrations}
 * or {@code BOOT-INF/classes}, read through the URL handler the application's launcher registered), the
 * folder's files are copied to a temporary folder, deleted by {@link #close()}. A class loader finds a
 * folder in a jar by its folder entry, which the Maven and Gradle jar tasks write.
 *
 * @param directory  the folder, on the default file system or inside the jar
 * @param fileSystem the jar's file system, or null
 * @param copy       the temporary folder holding a copy of a nested jar's folder, or null
 */
record ClassPathMigrations(Path directory, FileSystem fileSystem, Path copy) implements AutoCloseable {
    static final String PREFIX = "classpath:";

    /**
     * @param location {@code classpath:db/migrations} (a leading {@code /} after the prefix is allowed)
     * @throws ShaleException MIGRATIONS_DIR_MISSING when the loader has no such resource, or names it by a
     *                        URL that is neither a folder nor a jar entry, or the jar cannot be read
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
                    return new ClassPathMigrations(Path.of(url.toURI()), null, null);
                }
                case "jar" -> {
                    String spec = url.toString();
                    if (!spec.startsWith("jar:file:") || spec.indexOf("!/") != spec.lastIndexOf("!/")) {
                        return copyOf(url);
                    }
                    int separator = spec.indexOf("!/");
                    Path jar = Path.of(new URL(spec.substring("jar:".length(), separator)).toURI());
                    // A file system of our own (not the provider's shared one), so that closing it
                    // cannot pull a jar out from under anyone else.
                    FileSystem fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
                    return new ClassPathMigrations(fs.getPath(spec.substring(separator + 1)), fs, null);
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

    /**
     * Copies the folder a {@code jar:} URL names, with everything under it, through the jar's own URL
     * handler (which alone knows how to open a jar nested in another), into a new temporary folder.
     */
    private static ClassPathMigrations copyOf(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("the handler of " + url + " does not open it as a jar");
        }
        jarConnection.setUseCaches(false);
        String folder = jarConnection.getEntryName().replaceAll("/+$", "") + "/";
        Path copy = Files.createTempDirectory("shale-migrations-");
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(folder) || entry.getName().length() == folder.length()) {
                    continue;
                }
                Path target = copy.resolve(entry.getName().substring(folder.length())).normalize();
                if (!target.startsWith(copy)) {
                    throw new IOException("entry " + entry.getName() + " points outside its folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(copy);
            throw e;
        }
        return new ClassPathMigrations(copy, null, copy);
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
        if (copy != null) {
            delete(copy);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary copy left behind is harmless; the system's temporary folder cleaning removes it.
        }
    }
}
