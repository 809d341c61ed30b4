package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.json.LocatedJson;

/**
 * What makes a rule file read as policy and fail closed, checked when a rule set loads and
 * applied to each decision: sources cited by key, criteria stated as conditions, and named
 * phases, as the rule set's declaration gives them. Kept apart from the compiler so that each
 * piece is one small hook there.
 */
final class RuleConventions {
    private final String ruleSetId;
    private final SourceCitations citations;
    private final CriteriaDeclaration criteria;
    private final List<String> phases;
    /** The phase a rule set's criterion rules are in. */
    static final String CRITERIA_PHASE = "criteria";

    private RuleConventions(String ruleSetId, SourceCitations citations, CriteriaDeclaration criteria, List<String> phases) {
        this.ruleSetId = ruleSetId;
        this.citations = citations;
        this.criteria = criteria;
        this.phases = phases;
    }

    /** The conventions of a rule set: its criteria and phases come from its declaration; faults go to {@code problems}. */
    static RuleConventions of(String ruleSetId, RuleSource sources, Declaration d, List<RuleSetProblem> problems) {
        SourceCitations citations = sources == null ? SourceCitations.NONE : SourceCitations.read(sources, problems);
        CriteriaDeclaration criteria = CriteriaDeclaration.of(d);
        if (!criteria.isEmpty() && !d.phases().contains(CRITERIA_PHASE)) {
            problems.add(RuleSetProblem.error(d.file(), d.lineOf(d.json().root()), "rule set " + ruleSetId + " declares criteria but no phase \""
                    + CRITERIA_PHASE + "\" for their rules; add it to \"phases\" (the phases before it run before any value is read)"));
        }
        return new RuleConventions(ruleSetId, citations, criteria, d.phases());
    }

    /**
     * The criteria as the rule set's decisions count them: each with its reason and the source
     * its rule cites ({@code rules} with their sources written out).
     */
    DeclaredCriteria declaredCriteria(Map<String, RuleMetadata> rules) {
        if (criteria.isEmpty()) {
            return null;
        }
        List<DeclaredCriteria.Criterion> list = new ArrayList<>();
        for (CriteriaDeclaration.Criterion c : criteria.criteria().values()) {
            // every declared criterion has its rule, or the rule set does not load
            String source = rules.values().stream().filter(m -> m.declaresCriterion() && c.id().equals(m.criterion()))
                    .map(RuleMetadata::source).findFirst().orElse(null);
            list.add(new DeclaredCriteria.Criterion(c.id(), ReasonTemplate.of(c.otherwise()), source));
        }
        return new DeclaredCriteria(list, DeclaredCriteria.positions(list, rules), CRITERIA_PHASE);
    }

    CriteriaDeclaration criteria() {
        return criteria;
    }

    /** A consequence that records a criterion: {@code criteria.assess(}, {@code criteria.met(} or {@code criteria.failed(}. */
    private static final java.util.regex.Pattern RECORDS = java.util.regex.Pattern.compile(
            "\\bthen\\b[\\s\\S]*\\bcriteria\\s*\\.\\s*(assess|met|failed)\\s*\\(");
    private static final java.util.regex.Pattern CRITERION = java.util.regex.Pattern.compile("@criterion\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /**
     * Refuses a rule that records a criterion in its consequence, which would stop every decision
     * it fires in: a rule set states its criteria as conditions, so the error names the
     * declaration, the line to add there and how to write the rule instead.
     */
    private void checkRecordedCriteria(RuleSource source, List<RuleSetProblem> problems) {
        if (!source.text().contains("criteria")) {
            return;
        }
        for (DrlRules.Block b : DrlRules.blocks(source.text())) {
            java.util.regex.Matcher call = RECORDS.matcher(b.text());
            if (!call.find()) {
                continue;
            }
            java.util.regex.Matcher c = CRITERION.matcher(b.text());
            java.util.regex.Matcher i = ID.matcher(b.text());
            String id = c.find() ? c.group(1).strip() : i.find() ? i.group(1).strip() : RuleMetadata.kebab(b.name());
            String file = fileName(criteria.file());
            int last = criteria.criteria().values().stream().mapToInt(CriteriaDeclaration.Criterion::line).max().orElse(0);
            problems.add(RuleSetProblem.error(source.label(), b.line(), "rule \"" + b.name() + "\" records a criterion with criteria."
                    + call.group(1) + "(...), but " + ruleSetId + " states its criteria as conditions, so every decision it fired in would"
                    + " fail. Declare the criterion in \"criteria\" of " + file + (last > 0 ? " (after line " + last + ")" : "") + ": \""
                    + id + "\": { \"is\": \"what it stands for\", \"otherwise\": \"the reason when it is not met\" }, and write the rule"
                    + " with @criterion(\"" + id + "\") in ruleflow-group \"" + CRITERIA_PHASE + "\", its \"when\" the criterion itself"
                    + " and its \"then\" empty"));
        }
    }

    /** Refuses a rule file that makes {@code EveryCriterionMet} itself, which would grant without the criteria. */
    void checkText(RuleSource source, List<RuleSetProblem> problems) {
        checkRecordedCriteria(source, problems);
        String text = source.text();
        int at = text.indexOf("new EveryCriterionMet");
        if (at < 0) {
            at = text.indexOf("new org.senrules.core.spi.EveryCriterionMet");
        }
        if (at >= 0) {
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            problems.add(RuleSetProblem.error(source.label(), line, "a rule makes EveryCriterionMet itself; only the engine inserts it, "
                    + "once the rule of every declared criterion matches"));
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
            checkCriterion(m, rule, file, line, assessed, problems);
            String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
            if (phases.isEmpty()) {
                if (group != null && !group.equals("MAIN")) {
                    // no phase is ever given the focus, so the rule would never fire
                    problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" is in ruleflow-group \"" + group
                            + "\", but rule set " + ruleSetId + " declares no phases, so it would never fire; name the phases in its"
                            + " declaration (\"phases\": [\"" + group + "\", …])"));
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
                problems.add(RuleSetProblem.error(criteria.file(), c.line(), "criterion \"" + c.id() + "\" is declared but no rule of "
                        + ruleSetId + " states it: write a rule in phase \"" + CRITERIA_PHASE + "\" with @criterion(\"" + c.id()
                        + "\") whose \"when\" is the criterion itself (the rule never fires: the engine counts its match)"));
            }
        }
        return out;
    }

    /** The checks of one rule: a criterion rule names a declared criterion, in the criteria phase. */
    private void checkCriterion(RuleMetadata m, Rule rule, String file, int line, Set<String> assessed, List<RuleSetProblem> problems) {
        if (!m.declaresCriterion()) {
            return;
        }
        String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
        if (!criteria.criteria().containsKey(m.criterion())) {
            problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" states criterion \"" + m.criterion() + "\", which "
                    + fileName(criteria.file()) + " does not declare; add it to \"criteria\" there"
                    + (criteria.isEmpty() ? "" : " (after line " + criteria.criteria().values().stream().mapToInt(CriteriaDeclaration.Criterion::line)
                    .max().orElse(0) + ")") + ": \"" + m.criterion() + "\": { \"is\": \"what it stands for\", \"otherwise\": \"the reason when it is not met\" }"));
        } else {
            assessed.add(m.criterion());
        }
        if (!CRITERIA_PHASE.equals(group)) {
            problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" states a criterion, so it belongs in ruleflow-group \""
                    + CRITERIA_PHASE + "\""));
        }
    }

    /** The policies with their cited sources written out; an unknown key is reported at the policy's line. */
    List<PolicyVariant> resolve(List<PolicyVariant> policies, RuleSource policyFile, List<RuleSetProblem> problems) {
        if (policyFile == null) {
            return policies;
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        try {
            LocatedJson json = LocatedJson.parse(policyFile.text());
            // a declaration holds its policies under "policies"
            json.root().path("policies").properties().forEach(e -> lines.put(e.getKey(), json.lineOf(e.getValue())));
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

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

}
