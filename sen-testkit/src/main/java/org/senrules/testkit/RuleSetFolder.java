package org.senrules.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;

/**
 * One rule-set folder of a pack's resources: its declaration, rule files, scenarios and golden
 * decisions. Immutable.
 */
final class RuleSetFolder {
    private final String id;
    private final Path folder;

    private RuleSetFolder(String id, Path folder) {
        this.id = id;
        this.folder = folder;
    }

    /** Every folder under {@code resources/META-INF/senrules} that holds a {@code <id>.rule-set.json}, in id order. */
    static List<RuleSetFolder> all(Path resources) {
        Path root = resources.resolve("META-INF/senrules");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(d.getFileName() + ".rule-set.json"))).sorted()
                    .map(d -> new RuleSetFolder(d.getFileName().toString(), d)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String id() {
        return id;
    }

    Path folder() {
        return folder;
    }

    /** The folder's scenarios, none when it has no {@code scenarios/}. */
    List<Scenario> scenarios() {
        Path s = folder.resolve("scenarios");
        return Files.isDirectory(s) ? Scenarios.load(s) : List.of();
    }

    boolean hasGolden() {
        return Files.isRegularFile(golden().resolve(GoldenDecisions.REQUESTS));
    }

    Path golden() {
        return folder.resolve("golden");
    }

    /** The golden requests as recorded, one JSON request a line. */
    List<String> goldenRequestTexts() {
        if (!hasGolden()) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(golden().resolve(GoldenDecisions.REQUESTS), StandardCharsets.UTF_8)) {
                out.add(line.substring(line.indexOf('\t') + 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden requests, read as the engine reads a request. */
    List<Request> goldenRequests(SenRules engine) {
        List<Request> out = new ArrayList<>();
        for (String text : goldenRequestTexts()) {
            try {
                out.addAll(engine.json().read(text));
            } catch (InvalidRequestException e) {
                // a request recorded for its refusal: GoldenDecisions checks it is still refused where it was
            }
        }
        return out;
    }

    /** The ids of the rules the recorded golden decisions give as reasons. */
    Set<String> goldenReasons() {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.isRegularFile(golden().resolve(GoldenDecisions.DECISIONS))) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(golden().resolve(GoldenDecisions.DECISIONS), StandardCharsets.UTF_8)) {
                int at = line.indexOf("\"rules\":[");
                if (at < 0) {
                    continue;
                }
                String list = line.substring(at + 9, line.indexOf(']', at));
                for (String id : list.split(",")) {
                    if (id.length() > 2) {
                        out.add(id.substring(1, id.length() - 1));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A rules folder with this rule set's rule files, the rule stating {@code criterion} deleted
     * (and the deletion confirmed in the folder's manifest) or, when {@code neverMatching}, made
     * never to match.
     */
    Path copyWithCriterionRule(String criterion, boolean neverMatching) throws IOException {
        Path dir = Files.createTempDirectory("senrules-contract-");
        String marker = "@criterion(\"" + criterion + "\")";
        boolean found = false;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path drl : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(drl, StandardCharsets.UTF_8);
                int at = text.indexOf(marker);
                if (at < 0) {
                    continue;
                }
                found = true;
                int start = text.lastIndexOf("\nrule ", at) + 1;
                int when = text.indexOf("\nwhen", at);
                int end = text.indexOf("\nend", at) + 4;
                String ruleId = null;
                if (neverMatching) {
                    text = text.substring(0, when + 5) + "\n    eval( false )" + text.substring(when + 5);
                } else {
                    String header = text.substring(start, at);
                    ruleId = kebab(header.substring(header.indexOf('"') + 1, header.indexOf('"', header.indexOf('"') + 1)));
                    text = text.substring(0, start) + text.substring(end);
                }
                Files.writeString(dir.resolve(drl.getFileName()), text, StandardCharsets.UTF_8);
                if (ruleId != null) {
                    Files.writeString(dir.resolve("senrules-manifest.txt"), "removes " + id + " " + ruleId + "\n", StandardCharsets.UTF_8);
                }
            }
        }
        if (!found) {
            throw new AssertionError("no rule of " + id + " states criterion " + criterion + " with " + marker);
        }
        return dir;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return id;
    }

    /** A rule's id as the engine makes it from its name when it has no {@code @id}. */
    private static String kebab(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
