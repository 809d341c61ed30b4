package org.senrules.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.senrules.core.internal.ConsequenceWords;

/**
 * Writes Drools' executable model of every packaged rule file of a pack: the Java sources that
 * build its rules, compiled into the pack by a second compile, and beside each rule file
 * {@code NAME.drl.model}, which names the model classes and the hash of the rule text they were
 * made from. The engine uses a model only while that hash matches the rule file it reads, so a
 * rule file changed without rebuilding the pack is compiled at run time as before.
 *
 * <p>Run by the packs' builds (exec-maven-plugin), with the pack's classes on the class path:
 * {@code ModelGenerator RESOURCES_DIR SOURCES_OUT RESOURCES_OUT}. Every {@code *.drl} under
 * {@code RESOURCES_DIR/META-INF/senrules} is turned into a model; a rule file that does not
 * compile fails the build, naming the file and line. A rule file that uses a construct the
 * executable model decides differently from a rule file compiled at run time
 * ({@link ModelDifferences}) gets no model: it is compiled here with Drools' run-time compiler (an
 * error fails the build, as for a model), its model file says {@code runtime checked} and why, and
 * the engine compiles it at run time.
 */
public final class ModelGenerator {
    /** The first line of every model file; the engine checks it. */
    public static final String HEADER = "# senrules executable model 1";
    /**
     * The start of the line for a rule file left to run time, which this build compiled with Drools'
     * run-time compiler without errors (the engine's {@code PrebuiltRules} reads it).
     */
    public static final String RUNTIME_CHECKED = "runtime checked ";

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ModelGenerator RESOURCES_DIR SOURCES_OUT RESOURCES_OUT");
            System.exit(2);
        }
        Path resources = Path.of(args[0]);
        Path sourcesOut = Path.of(args[1]);
        Path resourcesOut = Path.of(args[2]);
        Path rulesRoot = resources.resolve("META-INF/senrules");
        List<Path> drls;
        try (Stream<Path> files = Files.walk(rulesRoot)) {
            drls = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        int failures = 0;
        for (Path drl : drls) {
            String relative = resources.relativize(drl).toString().replace('\\', '/');
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Path model = resourcesOut.resolve(relative + ".model");
            Files.createDirectories(model.getParent());
            String header = HEADER + "\n" + "drl " + sha256(text) + "\n";
            String unlike = ModelDifferences.find(text);
            if (unlike != null) {
                // compiled here as the engine will compile it, so that the engine may leave it to the rule
                // set's first decision knowing it compiles; written down, so that the engine (and its
                // tests) know this file is compiled at run time on purpose
                List<String> errors = compileAtRunTime(text, relative);
                if (!errors.isEmpty()) {
                    errors.forEach(e -> System.err.println("[senrules model] " + relative + ": " + e));
                    failures++;
                    continue;
                }
                Files.writeString(model, header + RUNTIME_CHECKED + unlike + "\n", StandardCharsets.UTF_8);
                System.out.println("[senrules model] WARNING " + relative + ": no executable model, compiled at run time instead: " + unlike);
                continue;
            }
            List<String> errors = new ArrayList<>();
            List<String> models = generate(text, relative, sourcesOut, errors);
            if (!errors.isEmpty()) {
                errors.forEach(e -> System.err.println("[senrules model] " + relative + ": " + e));
                failures++;
                continue;
            }
            StringBuilder out = new StringBuilder(header);
            for (String m : models) {
                out.append("model ").append(m).append('\n');
            }
            Files.writeString(model, out.toString(), StandardCharsets.UTF_8);
            System.out.println("[senrules model] " + relative + " -> " + models);
        }
        if (failures > 0) {
            System.err.println("[senrules model] " + failures + " rule file(s) could not be turned into an executable model");
            System.exit(1);
        }
    }

    /** Writes the model sources of one rule file; returns the model class names, or adds errors. */
    static List<String> generate(String drlText, String label, Path sourcesOut, List<String> errors) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader)
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, conf,
                KieServices.Factory.get().newReleaseId("org.senrules.model", "rules", "1"), false);
        // the executable model is made by the batch build (the one kie-maven-plugin drives), not by add()
        builder.batch().add(ResourceFactory.newByteArrayResource(ConsequenceWords.rewrite(drlText).getBytes(StandardCharsets.UTF_8)).setSourcePath(label), ResourceType.DRL).build();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError e : builder.getErrors()) {
                errors.add((e.getLines().length > 0 ? "line " + e.getLines()[0] + ": " : "") + e.getMessage());
            }
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        TreeSet<String> models = new TreeSet<>();
        for (PackageSources sources : builder.getPackageSources()) {
            sources.collectGeneratedFiles(files);
            models.addAll(sources.getModelNames());
        }
        for (GeneratedFile f : files) {
            Path out = sourcesOut.resolve(f.relativePath());
            try {
                Files.createDirectories(out.getParent());
                Files.write(out, f.contents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(models);
    }

    /** Compiles a rule file as the engine does at run time (no executable model); its errors, or none. */
    static List<String> compileAtRunTime(String drlText, String label) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        org.kie.internal.builder.KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader));
        builder.add(ResourceFactory.newByteArrayResource(drlText.getBytes(StandardCharsets.UTF_8)).setSourcePath(label), ResourceType.DRL);
        List<String> errors = new ArrayList<>();
        for (KnowledgeBuilderError e : builder.getErrors()) {
            errors.add((e.getLines().length > 0 ? "line " + e.getLines()[0] + ": " : "") + e.getMessage());
        }
        return errors;
    }

    /** The same hash as the engine's: SHA-256 of the UTF-8 text, in hex. */
    static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
