package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
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
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetOrigin;
import org.senrules.core.SenRules;

/**
 * {@code ./sen rules archive DIR}: keeps every rule and value file of the release in use, one
 * folder per rule set and rules fingerprint, so that a decision made years ago can be re-made
 * with exactly the files it was made with ({@code ./sen replay RECORD --archive DIR}).
 *
 * <p>The layout: {@code DIR/archive.json} lists the releases ({@code ruleSet}, {@code version},
 * {@code rulesFingerprint}, {@code folder}, and each file with its SHA-256); each release's folder
 * {@code DIR/<rule set>/<first 16 hex digits of the rules fingerprint>-<first 8 of the files'
 * digest>} holds the rule set's rule, parameter and policy files (and the shared values it reads)
 * as {@code ./sen rules export} writes them, a rules folder to pass back as {@code --rules}, and
 * the council's parameter files given with {@code --parameters} in {@code parameters/}. Archiving
 * the same release again changes nothing; a changed file makes a new folder, so nothing kept is
 * ever overwritten.
 */
final class RulesArchive {
    static final String FORMAT = "senrules-rules-archive/1";
    static final String INDEX = "archive.json";
    static final String COUNCIL_PARAMETERS = "parameters";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RulesArchive() {
    }

    /** One archived release of one rule set. */
    record Release(String ruleSet, String version, String rulesFingerprint, Path folder) {
    }

    static int archive(Args args, Path dir, PrintStream out) {
        // the exported files come from an engine without the council's parameter files: those are
        // kept apart, as given, since a rules folder's parameter file replaces the defaults whole
        SenRules engine = Engines.build(args, "--parameters");
        SenRules files = Engines.build(args);
        List<Engines.Override> overrides = Engines.overrides(args.values("--parameters"), "--parameters");
        ObjectNode index = readIndex(dir);
        ArrayNode releases = (ArrayNode) index.get("releases");
        int added = 0;
        try {
            Files.createDirectories(dir);
            for (RuleSetInfo info : engine.ruleSets()) {
                RuleSetOrigin origin = engine.origin(info.id());
                Path staging = Files.createTempDirectory(dir, ".staging-");
                try {
                    files.exportFiles(info.id(), staging);
                    for (Engines.Override o : overrides) {
                        if (origin.councilFiles().contains(o.file().toString())) {
                            Files.createDirectories(staging.resolve(COUNCIL_PARAMETERS));
                            Files.copy(o.file(), staging.resolve(COUNCIL_PARAMETERS).resolve(o.ruleSet() + Engines.SUFFIX));
                        }
                    }
                    Map<String, String> digests = digests(staging);
                    String name = hex(origin.rulesFingerprint()).substring(0, 16) + "-" + sha256(String.join("\n",
                            digests.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).substring(0, 8);
                    Path folder = dir.resolve(info.id()).resolve(name);
                    if (Files.isDirectory(folder)) {
                        if (!digests(folder).equals(digests)) {
                            throw new UsageException(folder + " holds other files than this release's; the archive has been changed by hand");
                        }
                        continue;
                    }
                    Files.createDirectories(folder.getParent());
                    Files.move(staging, folder);
                    ObjectNode r = releases.addObject();
                    r.put("ruleSet", info.id()).put("version", info.version()).put("rulesFingerprint", origin.rulesFingerprint())
                            .put("folder", dir.relativize(folder).toString().replace('\\', '/'));
                    ArrayNode list = r.putArray("files");
                    digests.forEach((file, sha) -> list.addObject().put("name", file).put("sha256", sha));
                    added++;
                    out.println("  " + info.id() + " " + info.version() + " (rules " + ValidateCommand.shortPrint(origin.rulesFingerprint())
                            + "): " + digests.size() + " files in " + folder);
                } finally {
                    if (Files.exists(staging)) {
                        delete(staging);
                    }
                }
            }
            Files.writeString(dir.resolve(INDEX), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(index) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(added == 0 ? "The archive " + dir + " already holds this release of every rule set."
                : "Archived " + added + (added == 1 ? " release" : " releases") + " in " + dir + " (index: " + dir.resolve(INDEX)
                + "). Replay a decision record with: ./sen replay RECORD --archive " + dir);
        return Main.OK;
    }

    /** The releases of an archive, in the order they were added. */
    static List<Release> releases(Path dir) {
        if (!Files.isRegularFile(dir.resolve(INDEX))) {
            throw new UsageException("--archive " + dir + ": no " + INDEX + " there; make an archive with ./sen rules archive " + dir);
        }
        List<Release> out = new ArrayList<>();
        for (JsonNode r : readIndex(dir).get("releases")) {
            Path folder = dir.resolve(r.path("folder").asText()).normalize();
            if (!folder.startsWith(dir.normalize()) || !Files.isDirectory(folder)) {
                throw new UsageException("--archive " + dir + ": " + INDEX + " names a folder that is not in the archive");
            }
            out.add(new Release(r.path("ruleSet").asText(), r.path("version").asText(), r.path("rulesFingerprint").asText(), folder));
        }
        return out;
    }

    /** An engine with a release's rules and values: its folder as the rules folder, its council parameter files as overrides. */
    static SenRules.Builder engine(Release r, int expiryWarningDays) {
        SenRules.Builder b = SenRules.builder().rulesDirectory(rulesFolder(r)).expiryWarningDays(expiryWarningDays);
        Path council = r.folder().resolve(COUNCIL_PARAMETERS);
        if (Files.isDirectory(council)) {
            try (Stream<Path> files = Files.list(council)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    b.overrideParameters(name.substring(0, name.length() - Engines.SUFFIX.length()), f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b;
    }

    /**
     * The release's files without its {@code parameters/} folder, which a rules folder may not
     * hold: a copy beside it, made once.
     */
    private static Path rulesFolder(Release r) {
        if (!Files.isDirectory(r.folder().resolve(COUNCIL_PARAMETERS))) {
            return r.folder();
        }
        try {
            Path copy = Files.createTempDirectory("sen-release-");
            try (Stream<Path> files = Files.list(r.folder())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode readIndex(Path dir) {
        Path file = dir.resolve(INDEX);
        if (!Files.exists(file)) {
            ObjectNode o = JSON.createObjectNode().put("archive", FORMAT);
            o.putArray("releases");
            return o;
        }
        try {
            JsonNode n = JSON.readTree(Main.read(file.toString()));
            if (!n.isObject() || !FORMAT.equals(n.path("archive").asText()) || !n.path("releases").isArray()) {
                throw new UsageException(file + " is not a senrules rules archive's index");
            }
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new UsageException(file + " is not valid JSON");
        }
    }

    /** Every file under {@code folder} by relative path, with its SHA-256, in name order. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String hex(String fingerprint) {
        return fingerprint.startsWith("sha256:") ? fingerprint.substring(7) : sha256(fingerprint);
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
