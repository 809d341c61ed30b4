package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleResource;

/**
 * The reusable graduated-approach rules: whether assess–plan–do–review has been followed and
 * reviewed with parents, as the evidence needed before top-up (DOMAIN.md §4 and §5). Any rule set
 * can add them to its definition:
 *
 * <pre>{@code
 * RuleSetDefinition.builder("sspp-top-up", "1.0.0", SsppCase.class, SsppOutcome.class)
 *         .rules(RuleResource.of(MyPack.class, "META-INF/senrules/sspp-top-up/sspp-top-up.drl"))
 *         .rules(GraduatedApproach.rules())                      // the shared rule file
 *         .parameter(GraduatedApproach.minimumCyclesParameter())  // and its parameter
 *         .facts(c -> List.of(new GraduatedApproachEvidence(c.graduatedApproachCycles(), c.reviewedWithParents())))
 *         ...
 * }</pre>
 *
 * <p>The rule set's parameter file must give {@value #MINIMUM_CYCLES} a dated value. Its own rules
 * then match the {@link GraduatedApproachFinding} facts the shared rules insert, for example
 * {@code GraduatedApproachFinding( evidenced == false )}. Match on a finding being present, never on
 * its absence ({@code not ...}), because findings appear only once the shared rules have fired.
 * The shared rule ids start with {@code graduated-approach-}; a rule set must not reuse them.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class GraduatedApproach {
    /** The parameter the shared rules read: the fewest assess–plan–do–review cycles that count as evidence. */
    public static final String MINIMUM_CYCLES = "graduatedApproachMinimumCycles";
    /** Where the shared rule file lives in this module. */
    public static final String RULE_FILE = "META-INF/senrules/oag/graduated-approach.drl";

    private GraduatedApproach() {
    }

    /** The shared rule file, to pass to {@code RuleSetDefinition.Builder.rules(...)}. */
    public static RuleResource rules() {
        return RuleResource.of(GraduatedApproach.class, RULE_FILE);
    }

    /** The declaration of {@value #MINIMUM_CYCLES}, to pass to {@code RuleSetDefinition.Builder.parameter(...)}. */
    public static ParameterSpec minimumCyclesParameter() {
        return ParameterSpec.integer(MINIMUM_CYCLES, 1, 12, "The fewest assess-plan-do-review cycles that evidence a graduated approach");
    }
}
