package org.senrules.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * A text resource that a rule pack ships: a DRL rule file, a parameter file or a policy file.
 * Put them under {@code META-INF/senrules/...}: that folder is not a Java package, so the
 * engine can read it from a named module without the pack opening anything.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RuleResource {
    private final Module module;
    private final ClassLoader loader;
    private final String path;

    private RuleResource(Class<?> anchor, String path) {
        this(anchor.getModule(), anchor.getClassLoader(), path);
    }

    private RuleResource(Module module, ClassLoader loader, String path) {
        this.module = module;
        this.loader = loader;
        this.path = path.startsWith("/") ? path.substring(1) : path;
    }

    /**
     * A resource of the same pack, named relative to this one's folder ({@code "../funding.sources.json"}).
     *
     * @since 1.2
     */
    public RuleResource sibling(String relative) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            for (String p : path.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : relative.split("/")) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException(relative + " leaves the pack's resources, from " + path);
                }
                parts.removeLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return new RuleResource(module, loader, String.join("/", parts));
    }

    /**
     * A resource of the module (or, on the class path, the class loader) of {@code anchor}.
     *
     * @param anchor any class of the pack
     * @param path   the resource path, such as {@code "META-INF/senrules/sspp-top-up/sspp-top-up.drl"}
     */
    public static RuleResource of(Class<?> anchor, String path) {
        return new RuleResource(Objects.requireNonNull(anchor, "anchor"), Objects.requireNonNull(path, "path"));
    }

    /** The resource path inside the pack. */
    public String path() {
        return path;
    }

    /** The file name, which is what a rule author's override folder uses to replace it. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** True if the pack really contains this resource. */
    public boolean exists() {
        try (InputStream in = open()) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the resource as UTF-8.
     *
     * @throws UncheckedIOException if it is missing or unreadable
     */
    public String read() {
        try (InputStream in = open()) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + path + " in " + origin()));
            }
            // the same decoding as every other file: strict UTF-8, no byte-order mark
            return org.senrules.core.internal.DocumentInput.decode(in.readNBytes((int) org.senrules.core.internal.DocumentInput.MAX_FILE + 1),
                    org.senrules.core.internal.DocumentInput.MAX_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open() throws IOException {
        InputStream in = module.isNamed() ? module.getResourceAsStream(path) : null;
        if (in == null && loader != null) {
            in = loader.getResourceAsStream(path);
        }
        return in;
    }

    /** Where it comes from, for error messages. */
    public String origin() {
        return module.isNamed() ? "module " + module.getName() : "the class path";
    }

    @Override
    public String toString() {
        return path;
    }
}
