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
import com.fasterxml.jackson.databind.JsonNode;
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
    /** Whether the criteria are stated as conditions ({@link DeclaredCriteria}) by a rule-set declaration. */
    private final boolean declared;
    /** The phase a declared rule set's criterion rules are in. */
    static final String CRITERIA_PHASE = "criteria";

    private RuleConventions(String ruleSetId, SourceCitations citations, CriteriaDeclaration criteria, List<String> phases) {
        this(ruleSetId, citations, criteria, phases, false);
    }

    private RuleConventions(String ruleSetId, SourceCitations citations, CriteriaDeclaration criteria, List<String> phases, boolean declared) {
        this.declared = declared;
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

    /** The conventions of a rule set with a declaration: its criteria and phases come from it. */
    static RuleConventions declared(String ruleSetId, RuleSource sources, Declaration d, List<RuleSetProblem> problems) {
        SourceCitations citations = sources == null ? SourceCitations.NONE : SourceCitations.read(sources, problems);
        CriteriaDeclaration criteria = CriteriaDeclaration.of(d);
        if (!criteria.isEmpty() && !d.phases().contains(CRITERIA_PHASE)) {
            problems.add(RuleSetProblem.error(d.file(), d.lineOf(d.json().root()), "rule set " + ruleSetId + " declares criteria but no phase \""
                    + CRITERIA_PHASE + "\" for their rules; add it to \"phases\" (the phases before it run before any value is read)"));
        }
        return new RuleConventions(ruleSetId, citations, criteria, d.phases(), true);
    }

    boolean isDeclared() {
        return declared;
    }

    /**
     * The criteria as a declared rule set's decisions count them: each with its reason and the
     * source its rule cites ({@code rules} with their sources written out).
     */
    DeclaredCriteria declaredCriteria(Map<String, RuleMetadata> rules) {
        if (!declared || criteria.isEmpty()) {
            return null;
        }
        List<DeclaredCriteria.Criterion> list = new ArrayList<>();
        for (CriteriaDeclaration.Criterion c : criteria.criteria().values()) {
            String source = rules.values().stream().filter(m -> m.declaresCriterion() && c.id().equals(m.criterion()))
                    .map(RuleMetadata::source).findFirst().orElse(criteriaSource);
            list.add(new DeclaredCriteria.Criterion(c.id(), ReasonTemplate.of(c.otherwise()), source));
        }
        return new DeclaredCriteria(list, DeclaredCriteria.positions(list, rules), CRITERIA_PHASE);
    }

    boolean hasCriteria() {
        return !criteria.isEmpty();
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
     * Refuses a rule that records a criterion the rule set does not declare, which would stop
     * every decision it fires in: the error names the declaration and the line to add. A rule set
     * with a declaration states its criteria as conditions, so there any rule that records one is
     * refused, with how to write it instead.
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
            String file = criteria.file() == null ? ruleSetId : fileName(criteria.file());
            int last = criteria.criteria().values().stream().mapToInt(CriteriaDeclaration.Criterion::line).max().orElse(0);
            if (declared) {
                problems.add(RuleSetProblem.error(source.label(), b.line(), "rule \"" + b.name() + "\" records a criterion with criteria."
                        + call.group(1) + "(...), but " + ruleSetId + " states its criteria as conditions, so every decision it fired in would"
                        + " fail. Declare the criterion in \"criteria\" of " + file + (last > 0 ? " (after line " + last + ")" : "") + ": \""
                        + id + "\": { \"is\": \"what it stands for\", \"otherwise\": \"the reason when it is not met\" }, and write the rule"
                        + " with @criterion(\"" + id + "\") in ruleflow-group \"" + CRITERIA_PHASE + "\", its \"when\" the criterion itself"
                        + " and its \"then\" empty"));
            } else if (!criteria.criteria().containsKey(id)) {
                problems.add(RuleSetProblem.error(source.label(), b.line(), "rule \"" + b.name() + "\" records criterion \"" + id
                        + "\" (criteria." + call.group(1) + " in its consequence), which " + ruleSetId + " does not declare, so every decision"
                        + " it fired in would fail. Add it to \"" + CriteriaDeclaration.KEY + "\" in " + file
                        + (last > 0 ? " (after line " + last + ")" : "") + ": \"" + id + "\": \"what the criterion stands for\""
                        + (criteria.isEmpty() ? "" : "; it declares " + criteria.criteria().keySet())));
            }
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
            if (declared) {
                checkDeclaredCriterion(m, rule, file, line, assessed, problems);
            } else if (RuleMetadata.namesCriterion(rule) && !criteria.criteria().containsKey(m.criterion())
                    // said once: the rule's text may already have been refused for recording it
                    && problems.stream().noneMatch(p -> p.line() == line && p.message().startsWith("rule \"" + m.name() + "\" records criterion \""
                    + m.criterion() + "\""))) {
                problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" assesses criterion \"" + m.criterion()
                        + "\", which rule set " + ruleSetId + " does not declare" + (criteria.isEmpty() ? ""
                        : "; it declares " + criteria.criteria().keySet())));
            }
            if (!declared && criteria.criteria().containsKey(m.criterion())) {
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
            if (!assessed.contains(c.id()) && declared) {
                problems.add(RuleSetProblem.error(criteria.file(), c.line(), "criterion \"" + c.id() + "\" is declared but no rule of "
                        + ruleSetId + " states it: write a rule in phase \"" + CRITERIA_PHASE + "\" with @criterion(\"" + c.id()
                        + "\") whose \"when\" is the criterion itself (the rule never fires: the engine counts its match)"));
            } else if (!assessed.contains(c.id())) {
                problems.add(RuleSetProblem.warning(criteria.file(), c.line(), "criterion \"" + c.id() + "\" is declared but no rule of "
                        + ruleSetId + " assesses it (a rule with @criterion(\"" + c.id() + "\") or @id(\"" + c.id()
                        + "\")); every request will be not eligible, with a reason naming it"));
            }
        }
        return out;
    }

    /** The checks of one rule of a declared rule set: a criterion rule names a declared criterion, in the criteria phase. */
    private void checkDeclaredCriterion(RuleMetadata m, Rule rule, String file, int line, Set<String> assessed, List<RuleSetProblem> problems) {
        if (!m.declaresCriterion()) {
            return;
        }
        String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
        if (!criteria.criteria().containsKey(m.criterion())) {
            problems.add(RuleSetProblem.error(file, line, "rule \"" + m.name() + "\" states criterion \"" + m.criterion() + "\", which "
                    + fileName(criteria.file() == null ? ruleSetId : criteria.file()) + " does not declare; add it to \"criteria\" there"
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
            JsonNode root = json.root();
            if (declared && root.has("policies")) {
                root = root.get("policies"); // a declaration holds its policies under "policies"
            }
            root.properties().forEach(e -> lines.put(e.getKey(), json.lineOf(e.getValue())));
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
