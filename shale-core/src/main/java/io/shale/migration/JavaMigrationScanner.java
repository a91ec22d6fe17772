package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link JavaMigration} classes that stand directly in the given packages (not in
 * sub-packages), in directories and jar files that the class loader sees. Classes whose name
 * contains {@code $} (inner and anonymous classes) are skipped and classes that do not implement
 * {@code JavaMigration} are ignored. Every class that does implement it must be a public, concrete
 * class named {@code V<digits>_<Name>} or {@code V<digits>__<name>} with a public no-argument
 * constructor.
 *
 * <p>Packages are found with {@link ClassLoader#getResources}, so a jar must hold directory
 * entries for them (every standard build tool writes them).
 */
public final class JavaMigrationScanner {
    private static final Pattern CLASS_NAME = Pattern.compile("V(\\d+)__?([A-Za-z0-9][A-Za-z0-9_]*)");
    private static final String NAMING_HINT = "name it V<version>_<Name> or V<version>__<name> (for example "
            + "V0003_BackfillEmails), make it public, concrete and give it a public no-argument constructor; "
            + "keep base classes and helpers outside the migration packages";

    private JavaMigrationScanner() {
    }

    /**
     * The Java migrations in {@code packages}, sorted by version. No scanning happens when
     * {@code packages} is empty.
     *
     * @throws ShaleException JAVA_MIGRATION_INVALID for a package the loader cannot see or list, or for
     *                        a class that implements JavaMigration but breaks the rules above;
     *                        MIGRATION_DUPLICATE_VERSION when two classes share a version
     */
    public static List<Migration> scan(List<String> packages, ClassLoader loader) {
        if (packages.isEmpty()) {
            return List.of();
        }
        Objects.requireNonNull(loader, "loader");
        List<Migration> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String pkg : packages) {
            for (String className : classNames(pkg, loader)) {
                if (seen.add(className)) {
                    toMigration(className, loader).ifPresent(found::add);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.version(), b.version()));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i - 1).version() == found.get(i).version()) {
                throw MigrationLoader.duplicate(found.get(i - 1), found.get(i));
            }
        }
        return found;
    }

    /** The names of the top-level classes directly in {@code pkg}, sorted. */
    private static Set<String> classNames(String pkg, ClassLoader loader) {
        String path = pkg.replace('.', '/');
        Enumeration<URL> urls;
        try {
            urls = loader.getResources(path);
        } catch (IOException e) {
            throw cannotList(pkg, String.valueOf(e.getMessage()), e);
        }
        if (!urls.hasMoreElements()) {
            throw new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID,
                    "Java migration package " + pkg + " was not found on the class path",
                    "check the package name under `java-migrations:` in shale.yaml and that the classes are compiled");
        }
        Set<String> names = new TreeSet<>();
        for (URL url : Collections.list(urls)) {
            List<String> simpleNames = switch (url.getProtocol()) {
                case "file" -> inDirectory(pkg, url);
                case "jar" -> inJar(pkg, path, url);
                default -> throw cannotList(pkg, url + ": only directories and jar files can be listed", null);
            };
            for (String simple : simpleNames) {
                names.add(pkg + "." + simple);
            }
        }
        return names;
    }

    private static List<String> inDirectory(String pkg, URL url) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(url.toURI()), "*.class")) {
            for (Path file : files) {
                classSimpleName(file.getFileName().toString()).ifPresent(names::add);
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw cannotList(pkg, url + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static List<String> inJar(String pkg, String path, URL url) {
        List<String> names = new ArrayList<>();
        String prefix = path + "/";
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        classSimpleName(name.substring(prefix.length())).ifPresent(names::add);
                    }
                }
            }
        } catch (IOException | ClassCastException e) {
            throw cannotList(pkg, url + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static Optional<String> classSimpleName(String fileName) {
        if (!fileName.endsWith(".class") || fileName.indexOf('$') >= 0 || fileName.indexOf('-') >= 0) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(0, fileName.length() - ".class".length()));
    }

    private static Optional<Migration> toMigration(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw invalid(className, "cannot be loaded: " + e, e);
        }
        if (!JavaMigration.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        String simpleName = type.getSimpleName();
        Matcher m = CLASS_NAME.matcher(simpleName);
        if (!m.matches()) {
            throw invalid(className, "implements JavaMigration but its name does not match V<version>_<Name>", null);
        }
        int version = MigrationFileName.parseVersion(m.group(1));
        if (version < 1) {
            throw invalid(className, "has version " + m.group(1) + "; versions run from 1 to " + Integer.MAX_VALUE, null);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw invalid(className, "is abstract", null);
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw invalid(className, "is not public", null);
        }
        JavaMigration instance = instantiate(className, type);
        String checksum = instance.checksum();
        return Optional.of(new Migration(version, description(m.group(2)), className,
                Checksums.sha256Hex(checksum != null ? checksum : className), instance.transactional(),
                new MigrationBody.Java(instance)));
    }

    private static JavaMigration instantiate(String className, Class<?> type) {
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw invalid(className, "has no public no-argument constructor", e);
        }
        try {
            return (JavaMigration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw invalid(className, "threw from its constructor: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw invalid(className, "cannot be instantiated: " + e, e);
        }
    }

    /** {@code BackfillEmails} and {@code backfill_emails} both give {@code backfill_emails}. */
    static String description(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("_+", "_");
    }

    private static ShaleException invalid(String className, String what, Throwable cause) {
        return new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID, "Java migration " + className + " " + what,
                NAMING_HINT, cause);
    }

    private static ShaleException cannotList(String pkg, String why, Throwable cause) {
        return new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID,
                "cannot list the classes of Java migration package " + pkg + " (" + why + ")",
                "put the Java migrations in a directory or jar file on the class path", cause);
    }
}
