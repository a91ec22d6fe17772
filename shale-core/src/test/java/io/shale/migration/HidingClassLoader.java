package io.shale.migration;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/** Delegates to its parent but hides one package, so that a child loader must find it elsewhere (in a jar). */
final class HidingClassLoader extends ClassLoader {
    private final String hiddenPackage;
    private final String hiddenPath;

    HidingClassLoader(ClassLoader parent, String hiddenPackage) {
        super(parent);
        this.hiddenPackage = hiddenPackage + ".";
        this.hiddenPath = hiddenPackage.replace('.', '/');
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPackage)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(hiddenPath) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(hiddenPath) ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
