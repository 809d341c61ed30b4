package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.json.LocatedJson;

/**
 * What makes a rule file read as policy and fail closed, checked when a rule set loads and
 * applied to each decision: sources cited by key, declared criteria, and named phases.
 * Kept apart from the compiler so that each piece is one small hook there.
 */
final class RuleConventions {
    private final String ruleSetId;
    private final SourceCitations citations;
    private final CriteriaDeclaration criteria;
    private final List<String> phases;
    private final String criteriaSource;

    private RuleConventions(String ruleSetId, SourceCitations citations, CriteriaDeclaration criteria, List<String> phases) {
        this.ruleSetId = ruleSetId;
        this.citations = citations;
        this.criteria = criteria;
        this.phases = phases;
        this.criteriaSource = criteria.file() == null ? null
                : "the criteria rule set " + ruleSetId + " declares (" + CriteriaDeclaration.KEY + " in " + fileName(criteria.file()) + ")";
    }

    /** Reads the sources file and the criteria declaration; faults go to {@code problems}. */
    static RuleConventions load(String ruleSetId, RuleSource sources, RuleSource parameterDefaults, List<String> phases,
                                List<RuleSetProblem> problems) {
        SourceCitations citations = sources == null ? SourceCitations.NONE : SourceCitations.read(sources, problems);
        return new RuleConventions(ruleSetId, citations, CriteriaDeclaration.read(parameterDefaults, problems), phases);
    }

    boolean hasCriteria() {
        return !criteria.isEmpty();
    }

    CriteriaDeclaration criteria() {
        return criteria;
    }

    /** Refuses a rule file that makes {@code EveryCriterionMet} itself, which would grant without the criteria. */
    void checkText(RuleSource source, List<RuleSetProblem> problems) {
        String text = source.text();
        int at = text.indexOf("new EveryCriterionMet");
        if (at < 0) {
            at = text.indexOf("new org.senrules.core.spi.EveryCriterionMet");
        }
        if (at >= 0) {
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            problems.add(RuleSetProblem.error(source.label(), line, "a rule makes EveryCriterionMet itself; only the engine inserts it, "
                    + "once every declared criterion is recorded as met with criteria.met() or criteria.assess(...)"));
        }
    }

    /**
     * Resolves each rule's cited sources and checks criteria and phases against the compiled
     * rules; returns the metadata with sources written out.
     */
    Map<String, RuleMetadata> check(Map<String, RuleMetadata> rules, Map<String, Rule> compiled, List<RuleSetProblem> problems) {
        Map<String, RuleMetadata> out = new LinkedHashMap<>();
        Set<String> assessed = new HashSet<>();
        for (RuleMetadata m : rules.values()) {
            String file = CompiledRuleSet.fileOf(m.file());
            int line = CompiledRuleSet.lineOf(m.file());
            RuleMetadata resolved = m.withSource(citations.resolve(m.source(), file, line, problems));
            out.put(m.name(), resolved);
            Rule rule = compiled.get(m.name());
            if (RuleMetadata.namesCriterion(rule) && !criteria.criteria().containsKey(m.criterion())) {
                problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" assesses criterion \"" + m.criterion()
                        + "\", which rule set " + ruleSetId + " does not declare" + (criteria.isEmpty() ? ""
                        : "; it declares " + criteria.criteria().keySet())));
            }
            if (criteria.criteria().containsKey(m.criterion())) {
                assessed.add(m.criterion());
            }
            String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
            if (phases.isEmpty()) {
                if (group != null && !group.equals("MAIN")) {
                    // no phase is ever given the focus, so the rule would never fire
                    problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" is in ruleflow-group \"" + group
                            + "\", but rule set " + ruleSetId + " declares no phases, so it would never fire; name the phases on the "
                            + "definition (.phases(\"" + group + "\", …))"));
                }
            } else {
                if (group == null || !phases.contains(group)) {
                    problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" is in no phase of " + ruleSetId
                            + (group == null || group.equals("MAIN") ? "" : " (ruleflow-group \"" + group + "\")")
                            + "; give it ruleflow-group \"…\" with one of the phases " + phases));
                }
            }
        }
        for (CriteriaDeclaration.Criterion c : criteria.criteria().values()) {
            if (!assessed.contains(c.id())) {
                problems.add(RuleSetProblem.warning(criteria.file(), c.line(), "criterion \"" + c.id() + "\" is declared but no rule of "
                        + ruleSetId + " assesses it (a rule with @criterion(\"" + c.id() + "\") or @id(\"" + c.id()
                        + "\")); every request will be not eligible, with a reason naming it"));
            }
        }
        return out;
    }

    /** The policies with their cited sources written out; an unknown key is reported at the policy's line. */
    List<PolicyVariant> resolve(List<PolicyVariant> policies, RuleSource policyFile, List<RuleSetProblem> problems) {
        if (policyFile == null) {
            return policies;
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        try {
            LocatedJson json = LocatedJson.parse(policyFile.text());
            json.root().properties().forEach(e -> lines.put(e.getKey(), json.lineOf(e.getValue())));
        } catch (java.io.IOException e) {
            return policies; // reported by the policy reader
        }
        List<PolicyVariant> out = new ArrayList<>(policies.size());
        for (PolicyVariant p : policies) {
            out.add(p.toBuilder().source(citations.resolve(p.source(), policyFile.label(), lines.getOrDefault(p.name(), 0), problems))
                    .build());
        }
        return List.copyOf(out);
    }

    /** Puts the phases on the session's focus stack, first phase on top. */
    void focus(KieSession session) {
        for (int i = phases.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
        }
    }

    boolean hasPhases() {
        return !phases.isEmpty();
    }

    /** The {@code source} of the reason given for a criterion no rule assessed. */
    String criteriaSource() {
        return criteriaSource;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

}
