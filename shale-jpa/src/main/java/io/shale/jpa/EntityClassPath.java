package io.shale.jpa;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The user's compiled classes in a class loader of their own, whose parent is this module's loader
 * (so the entities share Jakarta Persistence and Hibernate with it). Closing it closes the jars.
 */
final class EntityClassPath implements AutoCloseable {
    private static final String HINT_COMPILE = "compile the entities first (e.g. `mvn compile`), then check "
            + "models.jpa.classpath and models.jpa.packages in shale.yaml";

    private final List<Path> entries;
    private final URLClassLoader loader;

    private EntityClassPath(List<Path> entries, URLClassLoader loader) {
        this.entries = entries;
        this.loader = loader;
    }

    /** @throws ShaleException CONFIG_BAD_VALUE naming the first entry that is neither a folder nor a jar */
    static EntityClassPath open(List<Path> classpath) {
        if (classpath.isEmpty()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.jpa.classpath is empty",
                    "list the folders or jars holding the compiled entities, e.g. `classpath: [target/classes]`");
        }
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classpath.get(i);
            if (!Files.isDirectory(entry) && !(Files.isRegularFile(entry) && isJar(entry))) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.jpa.classpath entry " + entry
                        + (Files.exists(entry) ? " is neither a folder nor a jar file" : " does not exist"),
                        HINT_COMPILE);
            }
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.jpa.classpath entry " + entry
                        + " cannot be used as a class path entry: " + e.getMessage(), HINT_COMPILE, e);
            }
        }
        return new EntityClassPath(List.copyOf(classpath),
                new URLClassLoader("shale-jpa-models", urls, EntityClassPath.class.getClassLoader()));
    }

    ClassLoader loader() {
        return loader;
    }

    /**
     * The classes annotated {@code @Entity}, {@code @Embeddable} or {@code @MappedSuperclass} in
     * {@code packages} or their sub-packages on this class path, sorted by name.
     *
     * @throws ShaleException CONFIG_BAD_VALUE when a package holds none, or a class cannot be loaded
     */
    List<Class<?>> scan(List<String> packages) {
        if (packages.isEmpty()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.jpa.packages is empty",
                    "list the packages holding the entities, e.g. `packages: [com.acme.model]`");
        }
        Set<String> seen = new TreeSet<>();
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : packages) {
            int before = found.size();
            for (String className : classNames(pkg)) {
                if (seen.add(className)) {
                    Class<?> type = load(className);
                    if (isMapped(className, type)) {
                        found.add(type);
                    }
                }
            }
            if (found.size() == before && !alreadyCovered(pkg, found)) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Package " + pkg + " holds no @Entity, "
                        + "@Embeddable or @MappedSuperclass class on the classpath " + entries, HINT_COMPILE);
            }
        }
        found.sort((a, b) -> a.getName().compareTo(b.getName()));
        return found;
    }

    private static boolean isMapped(String className, Class<?> type) {
        try {
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class);
        } catch (LinkageError e) {
            throw cannotLoad(className, e);
        }
    }

    /** A package listed after a parent package that already contributed its classes is not empty. */
    private static boolean alreadyCovered(String pkg, List<Class<?>> found) {
        return found.stream().anyMatch(c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."));
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw cannotLoad(className, e);
        }
    }

    private static ShaleException cannotLoad(String className, Throwable e) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Class " + className + " cannot be loaded: " + e,
                "add the jars it needs to models.jpa.classpath (Hibernate and Jakarta Persistence come with Shale)", e);
    }

    /** Names of the classes in {@code pkg} and its sub-packages, across every entry. */
    private Set<String> classNames(String pkg) {
        String path = pkg.replace('.', '/');
        Set<String> names = new TreeSet<>();
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    inFolder(entry, path, names);
                } else {
                    inJar(entry, path, names);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Cannot list the classes of " + pkg + " in "
                        + entry + ": " + e.getMessage(), HINT_COMPILE, e);
            }
        }
        return names;
    }

    private static void inFolder(Path root, String path, Set<String> names) throws IOException {
        Path folder = root.resolve(path);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                addClass(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), names);
            }
        }
    }

    private static void inJar(Path jarFile, String path, Set<String> names) throws IOException {
        String prefix = path + "/";
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith(prefix)) {
                    addClass(entry.getName(), names);
                }
            }
        }
    }

    /** Adds a {@code .class} resource's class name; skips package-info and module-info. */
    private static void addClass(String resource, Set<String> names) {
        if (!resource.endsWith(".class") || resource.endsWith("-info.class")) {
            return;
        }
        names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
    }

    private static boolean isJar(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // Closing only releases open jar files; nothing is lost if it fails.
        }
    }
}
