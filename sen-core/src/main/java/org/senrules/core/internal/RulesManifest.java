package org.senrules.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senrules.core.RuleSetProblem;

/**
 * {@value RulesFolder#MANIFEST} in a rules folder: the changes a rule author confirms on purpose,
 * which the engine would otherwise refuse. One per line; {@code #} starts a comment.
 * <ul>
 *   <li>{@code removes <rule-set-id> <rule-id>}: the folder's rules leave out this packaged rule;</li>
 *   <li>{@code uses-packaged <file-name>}: on reload, the packaged file is used again although the
 *       author's copy was in use (the copy was deleted on purpose).</li>
 * </ul>
 */
record RulesManifest(String file, List<Removal> removals, List<Revert> reverts) {
    static final RulesManifest EMPTY = new RulesManifest(null, List.of(), List.of());

    /** A confirmed removal of a packaged rule. */
    record Removal(String ruleSet, String ruleId, int line) {
    }

    /** A confirmed return to a packaged file. */
    record Revert(String fileName, int line) {
    }

    static RulesManifest read(Path path, List<RuleSetProblem> problems) {
        String text = RulesFolder.read(path, problems);
        if (text == null) {
            return EMPTY;
        }
        List<Removal> removals = new ArrayList<>();
        List<Revert> reverts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words[0].equals("removes") && words.length == 3) {
                removals.add(new Removal(words[1], words[2], i + 1));
            } else if (words[0].equals("uses-packaged") && words.length == 2) {
                reverts.add(new Revert(words[1], i + 1));
            } else {
                problems.add(RuleSetProblem.error(path.toString(), i + 1, "not a manifest line: \"" + line
                        + "\"; the lines are \"removes <rule-set-id> <rule-id>\" and \"uses-packaged <file-name>\""
                        + Suggest.didYouMean(words[0], List.of("removes", "uses-packaged"))));
            }
        }
        return new RulesManifest(path.toString(), List.copyOf(removals), List.copyOf(reverts));
    }

    boolean confirmsRemoval(String ruleSet, String ruleId) {
        return removals.stream().anyMatch(r -> r.ruleSet().equals(ruleSet) && r.ruleId().equals(ruleId));
    }

    boolean confirmsRevert(String fileName) {
        return reverts.stream().anyMatch(r -> r.fileName().equals(fileName));
    }
}
