package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles and runs as written. */
class ReadmeExampleTest {
    @Test
    void theReadmeEmbeddingExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int marker = readme.indexOf("<!-- embedding-example");
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        String source = readme.substring(start, readme.indexOf("```", start));
        assertTrue(source.lines().count() <= 25, "the example stays short");
        Path file = dir.resolve("Embedding.java");
        Files.writeString(file, source);

        String modulePath = System.getProperty("jdk.module.path");
        // javac as a process: the test module does not read java.compiler
        List<String> options = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", dir.toString(), "-proc:none"));
        if (modulePath != null) {
            options.addAll(List.of("--module-path", modulePath, "--add-modules", "org.senrules.funding"));
        } else {
            options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
        }
        options.add(file.toString());
        Process javac = new ProcessBuilder(options).redirectErrorStream(true).start();
        String errors = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, javac.waitFor(), errors);

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("4 units, £4,000.00 a year"), printed);
        assertTrue(printed.contains("\"policy\" : \"dbv-option-4\""), printed);
    }
}
