package org.senrules.apibaseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.senrules.core.ApiStatus;

/**
 * Reads the exported API of the senrules modules on the class path: each jar's (or classes
 * folder's) {@code module-info.class} says which packages are exported to everyone; every public
 * type in them, with its public and protected members, is API.
 */
final class ExportedApi {

    /** One exported type: its module, binary name, stability and whether it is top level. */
    record Type(String module, String name, Class<?> type, ApiStatus.Level status, boolean topLevel) {
    }

    private ExportedApi() {
    }

    static List<Type> read(ClassLoader loader, String modulePrefix) {
        List<Type> types = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("module-info.class"))) {
                ModuleDescriptor descriptor;
                try (InputStream in = url.openStream()) {
                    descriptor = ModuleDescriptor.read(in);
                }
                if (!descriptor.name().startsWith(modulePrefix)) {
                    continue;
                }
                List<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source).sorted().toList();
                withRoot(url, root -> {
                    for (String pkg : exported) {
                        for (String className : classesIn(root.resolve(pkg.replace('.', '/')), pkg)) {
                            Class<?> c = load(className, loader);
                            if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()) {
                                ApiStatus status = c.getAnnotation(ApiStatus.class);
                                types.add(new Type(descriptor.name(), c.getName(), c, status == null ? null : status.value(),
                                        c.getEnclosingClass() == null));
                            }
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        types.sort(Comparator.comparing(Type::name));
        return types;
    }

    /** One line per type and per public or protected member, sorted, so the baseline diffs cleanly. */
    static List<String> signatures(List<Type> types) {
        List<String> lines = new ArrayList<>();
        for (Type t : types) {
            Class<?> c = t.type();
            String head = t.name() + " | " + Modifier.toString(c.getModifiers() & ~Modifier.INTERFACE) + " " + kind(c)
                    + (c.getGenericSuperclass() == null || c.getSuperclass() == Object.class || c.isEnum() || c.isRecord()
                    ? "" : " extends " + c.getGenericSuperclass().getTypeName())
                    + (c.getGenericInterfaces().length == 0 ? ""
                    : " implements " + String.join(", ", Arrays.stream(c.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).toList()))
                    + (t.status() == null ? "" : " @" + t.status());
            lines.add(head.replaceAll(" +", " "));
            List<String> members = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    members.add(f.toGenericString());
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers()) && !k.isSynthetic()) {
                    members.add(k.toGenericString());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(m.toGenericString());
                }
            }
            Collections.sort(members);
            members.forEach(m -> lines.add(t.name() + " | " + m));
        }
        return lines;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String kind(Class<?> c) {
        if (c.isAnnotation()) {
            return "@interface";
        }
        if (c.isInterface()) {
            return "interface";
        }
        if (c.isEnum()) {
            return "enum";
        }
        return c.isRecord() ? "record" : "class";
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }

    private static List<String> classesIn(Path dir, String pkg) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RootReader {
        void read(Path root) throws IOException;
    }

    /** The jar or folder that holds a {@code module-info.class}, opened as a file tree. */
    private static void withRoot(URL moduleInfo, RootReader reader) throws IOException {
        try {
            URI uri = moduleInfo.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    reader.read(jar.getPath("/"));
                }
            } else {
                reader.read(Path.of(uri).getParent());
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read " + moduleInfo, e);
        }
    }
}
