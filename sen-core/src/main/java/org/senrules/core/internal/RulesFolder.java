package org.senrules.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.senrules.core.RuleSetProblem;

/**
 * A rule author's folder ({@code rulesDirectory}, {@code --rules DIR}), read once per load. Every
 * entry is either used or refused by name, never skipped:
 * <ul>
 *   <li>a file with the name of a packaged rule, parameter or policy file replaces that file;</li>
 *   <li>a values sheet {@code <id>.values.csv} gives the values of a rule set or shared value set
 *       ({@link ValuesSheet}); its name is among the packaged names the folder is given;</li>
 *   <li>any other {@code .drl} file joins the rule set its header names, a line
 *       {@code // rule-set: <id>} before its {@code package} line;</li>
 *   <li>{@value #MANIFEST} confirms changes that would otherwise be refused (a removed rule);</li>
 *   <li>a folder {@value #SCENARIOS} holds the author's scenario files, for {@code test} and {@code validate};</li>
 *   <li>anything else — another name, a symbolic link, a folder, a pipe or device — is an error
 *       naming it and the names that would be valid.</li>
 * </ul>
 */
final class RulesFolder {
    static final String MANIFEST = "senrules-manifest.txt";
    static final String SCENARIOS = "scenarios";
    private static final Pattern HEADER = Pattern.compile("^\\s*//\\s*rule-set\\s*:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s", Pattern.MULTILINE);

    private final Path dir;
    private final Map<String, Path> replacements;
    private final Map<String, List<Path>> additions;
    private final RulesManifest manifest;

    private RulesFolder(Path dir, Map<String, Path> replacements, Map<String, List<Path>> additions, RulesManifest manifest) {
        this.dir = dir;
        this.replacements = replacements;
        this.additions = additions;
        this.manifest = manifest;
    }

    /** An empty folder, for an engine with no rules directory. */
    static RulesFolder none() {
        return new RulesFolder(null, Map.of(), Map.of(), RulesManifest.EMPTY);
    }

    /**
     * Reads the folder.
     *
     * @param fileOwners every packaged file name, with the rule set (or shared parameter set) it belongs to
     * @param ruleSetIds the ids a header may name
     */
    static RulesFolder scan(Path dir, Map<String, String> fileOwners, Set<String> ruleSetIds, List<RuleSetProblem> problems) {
        if (dir == null) {
            return none();
        }
        if (!Files.isDirectory(dir)) {
            problems.add(RuleSetProblem.error(dir.toString(), 0, "the rules folder does not exist or is not a folder"));
            return none();
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleSetProblem.error(dir.toString(), 0, "cannot list the rules folder: " + e.getMessage()));
            return none();
        }
        Map<String, Path> replacements = new LinkedHashMap<>();
        Map<String, List<Path>> additions = new LinkedHashMap<>();
        RulesManifest manifest = RulesManifest.EMPTY;
        Set<String> valid = new TreeSet<>(fileOwners.keySet());
        valid.add(MANIFEST);
        for (Path p : entries) {
            String name = p.getFileName().toString();
            String label = p.toString();
            if (Files.isSymbolicLink(p)) {
                problems.add(RuleSetProblem.error(label, 0, "is a symbolic link; copy the file itself into the rules folder,"
                        + " so that the file checked is the file used"));
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (fileOwners.containsKey(name)) {
                    problems.add(RuleSetProblem.error(label, 0, "is a folder, not a file; " + name + " in a rules folder is a copy of the"
                            + " packaged file of " + fileOwners.get(name) + ", so the packaged file is not replaced by it"));
                } else if (!name.equals(SCENARIOS)) {
                    problems.add(RuleSetProblem.error(label, 0, "is a folder; a rules folder holds files only (and a folder named "
                            + SCENARIOS + " of scenario files)" + Suggest.didYouMean(name, valid)));
                }
                continue;
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(RuleSetProblem.error(label, 0, "is not a regular file (a pipe, socket or device); a rules folder holds"
                        + " rule, parameter and policy files"));
                continue;
            }
            if (name.equals(MANIFEST)) {
                manifest = RulesManifest.read(p, problems);
                continue;
            }
            if (fileOwners.containsKey(name)) {
                String text = name.endsWith(".drl") ? read(p, problems) : null;
                String header = text == null ? null : header(text);
                if (header != null && !header.equals(fileOwners.get(name))) {
                    problems.add(RuleSetProblem.error(label, headerLine(text), "the header names rule set " + header + ", but "
                            + name + " is the packaged rule file of " + fileOwners.get(name)
                            + "; rename the file to add it to " + header + ", or fix the header"));
                    continue;
                }
                replacements.put(name, p);
                continue;
            }
            if (name.endsWith(".drl")) {
                String text = read(p, problems);
                if (text == null) {
                    continue;
                }
                String header = header(text);
                if (header == null) {
                    problems.add(RuleSetProblem.error(label, 1, "is not a packaged rule file (those are "
                            + names(fileOwners, ".drl") + "), so it must say which rule set it joins: put a line"
                            + " \"// rule-set: <id>\" before its package line; the rule sets are " + new TreeSet<>(ruleSetIds)));
                } else if (!ruleSetIds.contains(header)) {
                    problems.add(RuleSetProblem.error(label, headerLine(text), "the header names rule set \"" + header
                            + "\", which is not loaded" + Suggest.didYouMeanOrStop(header, ruleSetIds) + " The rule sets are "
                            + new TreeSet<>(ruleSetIds)));
                } else {
                    additions.computeIfAbsent(header, k -> new ArrayList<>()).add(p);
                }
                continue;
            }
            problems.add(RuleSetProblem.error(label, 0, "is not a file the engine reads" + Suggest.didYouMeanOrStop(name, valid)
                    + " A rules folder holds copies of packaged files under their own names " + valid
                    + ", extra .drl files with a \"// rule-set: <id>\" header, and a folder " + SCENARIOS));
        }
        return new RulesFolder(dir, replacements, additions, manifest);
    }

    private static String names(Map<String, String> fileOwners, String suffix) {
        return fileOwners.keySet().stream().filter(n -> n.endsWith(suffix)).sorted().toList().toString();
    }

    private static String header(String text) {
        Matcher pkg = PACKAGE.matcher(text);
        int limit = pkg.find() ? pkg.start() : text.length();
        Matcher h = HEADER.matcher(text.substring(0, limit));
        return h.find() ? h.group(1) : null;
    }

    private static int headerLine(String text) {
        Matcher h = HEADER.matcher(text);
        return h.find() ? DrlRules.lineAt(text, h.start()) : 1;
    }

    static String read(Path file, List<RuleSetProblem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleSetProblem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** The folder, or null when there is none. */
    Path dir() {
        return dir;
    }

    /** The author's copy of a packaged file, or null. */
    Path replacement(String fileName) {
        return replacements.get(fileName);
    }

    /** The extra rule files whose header names this rule set. */
    List<Path> additions(String ruleSetId) {
        return additions.getOrDefault(ruleSetId, List.of());
    }

    RulesManifest manifest() {
        return manifest;
    }
}
