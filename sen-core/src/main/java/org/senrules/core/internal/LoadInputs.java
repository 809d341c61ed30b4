package org.senrules.core.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.SharedParameters;

/**
 * What every rule set of one load reads besides its own resources: the rules folder, read once,
 * and the packs' shared parameter sets. Building it checks what a user named across rule sets:
 * a parameter override for an id no rule set or shared set has, and the manifest's lines.
 */
record LoadInputs(RulesFolder folder, Map<String, SharedParameters> shared) {

    static LoadInputs of(Map<String, RuleSetDefinition<?, ?>> definitions, Catalog.Config config, List<RuleSetProblem> problems) {
        Map<String, SharedParameters> shared = new LinkedHashMap<>();
        Map<String, String> fileOwners = new LinkedHashMap<>();
        for (RuleSetDefinition<?, ?> def : definitions.values()) {
            for (RuleResource r : def.rules()) {
                fileOwners.putIfAbsent(r.fileName(), def.id());
            }
            fileOwners.putIfAbsent(def.parameterDefaults().fileName(), def.id());
            // a rule author's values sheet gives the rule set's values (ValuesSheet)
            fileOwners.putIfAbsent(ValuesSheet.fileName(def.id()), def.id());
            if (def.sources() != null) {
                fileOwners.putIfAbsent(def.sources().fileName(), def.id());
            }
            for (SharedParameters s : def.shared()) {
                SharedParameters before = shared.putIfAbsent(s.id(), s);
                if (before != null && before != s && !before.parameters().equals(s.parameters())) {
                    problems.add(RuleSetProblem.error(def.id(), 0, "shared parameters \"" + s.id() + "\" are declared twice, differently"));
                }
                if (definitions.containsKey(s.id())) {
                    problems.add(RuleSetProblem.error(def.id(), 0, "shared parameters \"" + s.id() + "\" have the id of a rule set"));
                }
                fileOwners.putIfAbsent(s.file().fileName(), s.id());
                fileOwners.putIfAbsent(ValuesSheet.fileName(s.id()), s.id());
            }
        }
        Map<String, String> parameterFiles = new LinkedHashMap<>();
        for (RuleSetDefinition<?, ?> def : definitions.values()) {
            if (!def.parameters().isEmpty()) {
                parameterFiles.put(def.id(), "rule set");
            }
        }
        shared.keySet().forEach(id -> parameterFiles.put(id, "shared parameters"));
        for (Map.Entry<String, List<Path>> o : config.parameterOverrides().entrySet()) {
            if (parameterFiles.containsKey(o.getKey())) {
                continue;
            }
            String what = definitions.containsKey(o.getKey()) ? "rule set " + o.getKey() + " has no parameters to override"
                    : "no rule set or shared parameter set is called \"" + o.getKey() + "\"" + Suggest.didYouMeanOrStop(o.getKey(), parameterFiles.keySet());
            for (Path p : o.getValue()) {
                problems.add(RuleSetProblem.error(p.toString(), 0, "this parameter file is given for " + o.getKey() + ", but " + what
                        + " The parameter files are for " + new TreeSet<>(parameterFiles.keySet())));
            }
        }
        Set<String> ids = definitions.keySet();
        RulesFolder folder = RulesFolder.scan(config.rulesDirectory(), fileOwners, ids, problems);
        RulesManifest m = folder.manifest();
        for (RulesManifest.Removal r : m.removals()) {
            if (!ids.contains(r.ruleSet())) {
                problems.add(RuleSetProblem.error(m.file(), r.line(), "no rule set is called \"" + r.ruleSet() + "\""
                        + Suggest.didYouMeanOrStop(r.ruleSet(), ids) + " The rule sets are " + new TreeSet<>(ids)));
            } else {
                Set<String> packaged = new TreeSet<>();
                for (RuleResource res : definitions.get(r.ruleSet()).rules()) {
                    if (res.exists()) {
                        DrlRules.parse(res.read()).forEach(w -> packaged.add(w.id()));
                    }
                }
                if (!packaged.contains(r.ruleId())) {
                    problems.add(RuleSetProblem.warning(m.file(), r.line(), "confirms removing rule " + r.ruleId()
                            + ", which is not a packaged rule of " + r.ruleSet() + Suggest.didYouMeanOrStop(r.ruleId(), packaged)));
                }
            }
        }
        for (RulesManifest.Revert r : m.reverts()) {
            if (!fileOwners.containsKey(r.fileName())) {
                problems.add(RuleSetProblem.error(m.file(), r.line(), "no packaged file is called \"" + r.fileName() + "\""
                        + Suggest.didYouMeanOrStop(r.fileName(), fileOwners.keySet())));
            }
        }
        return new LoadInputs(folder, Map.copyOf(shared));
    }
}
