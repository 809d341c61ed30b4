package org.senrules.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.senrules.core.SenRules;

/**
 * How to build the engine a job decides with, carried to every executor with the job: the
 * council's rules folder (its files' names and contents), its parameter files and OAG catalogue,
 * read once on the driver. The packs themselves are on the class path. Each executor JVM builds
 * one engine per recipe ({@link #engine()}), from copies of the files in a folder of its own, and
 * keeps it for every task of the job; the rule and value fingerprints are of names and contents,
 * so the decisions are those the driver's engine makes from the files where the user keeps them.
 */
final class EngineSpec implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The pack setting the OAG and funding packs read their catalogue from. */
    static final String OAG_CATALOGUE = "oag-catalogue";
    static final String SUFFIX = ".parameters.json";
    /** The engines built in this JVM, the last few recipes' only: a long-lived cluster runs many jobs. */
    private static final int KEPT = 4;
    private static final Map<String, SenRules> ENGINES = new java.util.LinkedHashMap<>(8, 0.75f, true);

    /** A council's file: its name, its contents and, for a parameter file, the rule set it is for. */
    record CouncilFile(String ruleSet, String name, byte[] contents) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<CouncilFile> rules;
    private final List<CouncilFile> parameters;
    private final CouncilFile oagCatalogue;
    private final String digest;

    private EngineSpec(List<CouncilFile> rules, List<CouncilFile> parameters, CouncilFile oagCatalogue) {
        this.rules = List.copyOf(rules);
        this.parameters = List.copyOf(parameters);
        this.oagCatalogue = oagCatalogue;
        this.digest = digest(rules, parameters, oagCatalogue);
    }

    /**
     * The recipe of the options {@code --rules DIR}, {@code --parameters [ID=]FILE} (repeatable) and
     * {@code --oag-catalogue FILE}, as {@code ./sen} reads them.
     *
     * @throws UsageException naming an option whose file or folder is missing or whose rule set cannot be told
     */
    static EngineSpec of(String rulesFolder, List<String> parameterFiles, String oagCatalogue) {
        List<CouncilFile> rules = new ArrayList<>();
        if (rulesFolder != null) {
            Path dir = Path.of(rulesFolder);
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--rules " + rulesFolder + ": no such folder");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    // anything but a regular file is refused by the driver's engine, which reads the folder itself
                    if (Files.isRegularFile(f)) {
                        rules.add(new CouncilFile(null, f.getFileName().toString(), Files.readAllBytes(f)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<CouncilFile> parameters = new ArrayList<>();
        for (String spec : parameterFiles) {
            String id;
            Path file;
            int eq = spec.indexOf('=');
            if (eq > 0 && spec.substring(0, eq).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                id = spec.substring(0, eq);
                file = Path.of(spec.substring(eq + 1));
            } else {
                file = Path.of(spec);
                String name = file.getFileName().toString();
                if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
                    throw new UsageException("--parameters " + spec + ": say which rule set it is for, either by naming the file"
                            + " <rule-set-id>" + SUFFIX + " or as --parameters <rule-set-id>=" + spec);
                }
                id = name.substring(0, name.length() - SUFFIX.length());
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--parameters " + spec + ": no such file");
            }
            parameters.add(new CouncilFile(id, file.getFileName().toString(), read(file)));
        }
        CouncilFile catalogue = null;
        if (oagCatalogue != null) {
            Path file = Path.of(oagCatalogue);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--oag-catalogue " + oagCatalogue + ": no such file");
            }
            catalogue = new CouncilFile(null, file.getFileName().toString(), read(file));
        }
        return new EngineSpec(rules, parameters, catalogue);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine of this recipe in this JVM: built on first use from copies of the files, then kept. */
    SenRules engine() {
        synchronized (ENGINES) {
            SenRules e = ENGINES.get(digest);
            if (e == null) {
                // built while holding the lock: the tasks of one executor wait for the one engine, not build one each
                e = build();
                ENGINES.put(digest, e);
                if (ENGINES.size() > KEPT) {
                    ENGINES.remove(ENGINES.keySet().iterator().next());
                }
            }
            return e;
        }
    }

    private SenRules build() {
        try {
            Path home = Files.createTempDirectory("senrules-engine-");
            home.toFile().deleteOnExit();
            SenRules.Builder b = SenRules.builder();
            if (!rules.isEmpty()) {
                Path dir = Files.createDirectory(home.resolve("rules"));
                for (CouncilFile f : rules) {
                    Files.write(dir.resolve(f.name()), f.contents());
                }
                b.rulesDirectory(dir);
            }
            for (int i = 0; i < parameters.size(); i++) {
                CouncilFile f = parameters.get(i);
                // one folder each: two files of one name may be given for two rule sets
                Path file = Files.createDirectory(home.resolve("parameters-" + i)).resolve(f.name());
                Files.write(file, f.contents());
                b.overrideParameters(f.ruleSet(), file);
            }
            if (oagCatalogue != null) {
                Path file = Files.createDirectory(home.resolve("oag")).resolve(oagCatalogue.name());
                Files.write(file, oagCatalogue.contents());
                b.packSetting(OAG_CATALOGUE, file.toString());
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(List<CouncilFile> rules, List<CouncilFile> parameters, CouncilFile catalogue) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, List<CouncilFile>> parts = new TreeMap<>();
            parts.put("1 rules", rules);
            parts.put("2 parameters", parameters);
            parts.put("3 catalogue", catalogue == null ? List.of() : List.of(catalogue));
            parts.forEach((what, files) -> {
                sha.update(what.getBytes(StandardCharsets.UTF_8));
                for (CouncilFile f : files) {
                    sha.update((f.ruleSet() + "\u0000" + f.name() + "\u0000" + f.contents().length + "\u0000").getBytes(StandardCharsets.UTF_8));
                    sha.update(f.contents());
                }
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
