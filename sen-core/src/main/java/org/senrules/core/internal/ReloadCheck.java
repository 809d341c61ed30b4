package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code reload()} checks between the rules serving and the rules just loaded: a rule set
 * that loses rules, or falls back to a packaged file because the author's copy disappeared, is
 * refused unless the folder's manifest confirms it; what changed is logged.
 */
public final class ReloadCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadCheck.class);

    private ReloadCheck() {
    }

    /** @throws RuleSetException naming each unconfirmed loss, if any */
    public static void between(Catalog before, Catalog next) {
        RulesManifest manifest = next.folder().manifest();
        String manifestName = next.folder().dir() == null ? RulesFolder.MANIFEST : next.folder().dir().resolve(RulesFolder.MANIFEST).toString();
        List<RuleSetProblem> problems = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, CompiledRuleSet> e : next.ruleSets().entrySet()) {
            CompiledRuleSet old = before.get(e.getKey());
            if (old == null) {
                changes.add(e.getKey() + ": new rule set");
                continue;
            }
            RuleSetFiles was = old.files();
            RuleSetFiles now = e.getValue().files();
            for (String id : RuleSetFiles.missingFrom(now.rules(), was.rules())) {
                if (!manifest.confirmsRemoval(e.getKey(), id)) {
                    problems.add(RuleSetProblem.error(e.getKey(), 0, "rule " + id + " (\"" + was.rules().get(id).name() + "\") of " + e.getKey()
                            + " was in use and is not in the reloaded files; the rules in use are kept. If the removal is intended,"
                            + " confirm it with the line \"removes " + e.getKey() + " " + id + "\" in " + manifestName));
                }
            }
            for (RuleSetFiles.File f : was.used()) {
                boolean stillCouncil = now.used().stream().anyMatch(g -> g.name().equals(f.name()) && g.council());
                // an added rule file that is gone loses its rules, which the check above confirms or refuses;
                // a copy of a packaged file that is gone would bring the packaged file back
                boolean packagedNow = now.used().stream().anyMatch(g -> g.name().equals(f.name()) && !g.council());
                if (f.council() && !stillCouncil && packagedNow && !manifest.confirmsRevert(f.name())) {
                    problems.add(RuleSetProblem.error(f.label(), 0, "was in use and is gone; reloading would silently go back to the"
                            + " packaged " + f.name() + ", so the files in use are kept. Restore the file, or confirm with the line"
                            + " \"uses-packaged " + f.name() + "\" in " + manifestName));
                }
            }
            List<String> added = RuleSetFiles.missingFrom(was.rules(), now.rules());
            List<String> removed = RuleSetFiles.missingFrom(now.rules(), was.rules());
            List<String> changed = RuleSetFiles.changed(was.rules(), now.rules());
            if (!was.rulesFingerprint().equals(now.rulesFingerprint()) || !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
                changes.add(e.getKey() + ": rules added " + added + ", removed " + removed + ", changed " + changed + "; rules "
                        + was.rulesFingerprint() + " -> " + now.rulesFingerprint());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        for (String c : changes) {
            LOG.info("reloaded {}", c);
        }
        if (changes.isEmpty()) {
            LOG.info("reloaded: no rule changed");
        }
    }
}
