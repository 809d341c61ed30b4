package org.senrules.examples.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Prints the module path of the app: its own jar, then every runtime dependency named in the
 * jar's manifest ({@code Class-Path}, written at build time with the local-repository paths).
 * The launcher runs it once, on the class path, after a build and keeps the answer in
 * {@code examples/cli/target/modulepath.txt}.
 */
public final class ModulePath {
    private ModulePath() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path jar = Path.of(ModulePath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries = new ArrayList<>();
        entries.add(jar.toString());
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                Path root = jar.getParent().getParent().getParent().getParent();
                for (String entry : classPath.trim().split("\\s+")) {
                    entries.add(ownBuild(root, Path.of(entry)).toAbsolutePath().normalize().toString());
                }
            }
        }
        System.out.println(String.join(File.pathSeparator, entries));
    }

    /**
     * This checkout's own build of a senrules jar when there is one, rather than the copy
     * installed in the local repository, which another checkout may have overwritten since.
     */
    static Path ownBuild(Path root, Path entry) {
        String name = entry.getFileName().toString();
        if (!entry.toString().replace('\\', '/').contains("/org/senrules/")) {
            return entry;
        }
        String artifact = entry.getParent().getParent().getFileName().toString();
        for (Path candidate : List.of(root.resolve(artifact).resolve("target").resolve(name),
                root.resolve("examples").resolve(artifact).resolve("target").resolve(name))) {
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        return entry;
    }
}
