package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleResource;

/**
 * The reusable graduated-approach rules: whether assess–plan–do–review has been followed and
 * reviewed with parents, as the evidence needed before top-up (DOMAIN.md §4 and §5). They are two
 * criterion rules, so that a rule set using them fails closed. Any rule set can add them to its
 * definition:
 *
 * <pre>{@code
 * RuleSetDefinition.builder("my-top-up", "1.0.0", MyCase.class, MyOutcome.class)
 *         .rules(RuleResource.of(MyPack.class, "META-INF/senrules/my-top-up/my-top-up.drl"))
 *         .rules(GraduatedApproach.rules())                      // the shared rule file
 *         .phases("criteria", "grant")                           // it needs a "criteria" phase
 *         .parameter(GraduatedApproach.minimumCyclesParameter())  // and its parameter
 *         .facts(c -> List.of(new GraduatedApproachEvidence(c.cycles(), c.reviewedWithParents())))
 *         ...
 * }</pre>
 *
 * <p>The rule set's parameter file gives {@value #MINIMUM_CYCLES} a dated value and declares both
 * criteria, {@value #CYCLES} and {@value #REVIEWED_WITH_PARENTS}, in its {@code "$criteria"}
 * (a rule set that does not declare them is refused when it loads, naming the rule). Each shared
 * rule records its criterion met or failed, with a reason either way, in the {@value #PHASE}
 * phase; the graduated approach is evidenced when both are met, so the rule set's grant rules
 * require {@code EveryCriterionMet()}. For each criterion that fails, the shared rule also
 * inserts a {@link GraduatedApproachFinding} naming the shortfall, which the rule set's own rules
 * of a later phase may match ({@code GraduatedApproachFinding( $s : shortfall )}). The shared
 * rule ids start with {@code graduated-approach-}; a rule set must not reuse them.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class GraduatedApproach {
    /** The parameter the shared rules read: the fewest assess–plan–do–review cycles that count as evidence. */
    public static final String MINIMUM_CYCLES = "graduatedApproachMinimumCycles";
    /** The criterion that enough assess–plan–do–review cycles are completed. @since 1 */
    public static final String CYCLES = "graduated-approach-cycles";
    /** The criterion that the plan was reviewed with the parents or carers. @since 1 */
    public static final String REVIEWED_WITH_PARENTS = "graduated-approach-reviewed-with-parents";
    /** The phase the shared rules run in; the rule set using them must name it. @since 1 */
    public static final String PHASE = "criteria";
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
