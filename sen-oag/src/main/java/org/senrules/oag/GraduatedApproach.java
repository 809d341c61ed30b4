package org.senrules.oag;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.SharedParameters;

/**
 * The reusable graduated-approach rules: whether assess–plan–do–review has been followed and
 * reviewed with parents, as the evidence needed before top-up (DOMAIN.md §4 and §5). They are two
 * criteria stated as conditions, so that a rule set using them fails closed. A rule set uses them
 * from its declaration:
 *
 * <pre>{@code
 * "rules": ["my-top-up.drl", "../graduated-approach/graduated-approach.drl"],   // the shared rule file
 * "shared": ["graduated-approach"],                                             // the value it reads
 * "phases": ["criteria", "grant"],                                              // it needs a "criteria" phase
 * "criteria": {
 *   "graduated-approach-cycles": { "is": "...", "otherwise": "... {cyclesCompleted} ... {graduatedApproachMinimumCycles} ..." },
 *   "graduated-approach-reviewed-with-parents": { "is": "...", "otherwise": "..." } }
 * }</pre>
 *
 * <p>and its pack hands the shared values and the evidence to the engine:
 *
 * <pre>{@code
 * RuleSetDefinition.declared(declaration, types, GraduatedApproach.values())
 *         .facts(c -> List.of(new GraduatedApproachEvidence(c.cycles(), c.reviewedWithParents())))
 *         .build();
 * }</pre>
 *
 * <p>The shared values ({@value #VALUES}) give {@value #MINIMUM_CYCLES} its dated values, read
 * through {@link GraduatedApproachValues}. A rule set that does not declare both criteria,
 * {@value #CYCLES} and {@value #REVIEWED_WITH_PARENTS}, or names no {@value #PHASE} phase, is
 * refused when it loads, naming the rule. The graduated approach is evidenced when both are met,
 * so the rule set's grant rules require {@code EveryCriterionMet()}; each criterion that is not met
 * gets the reason the rule set's declaration gives. For each, a rule of the same phase also
 * inserts a {@link GraduatedApproachFinding} naming the shortfall, which the rule set's own rules
 * of a later phase may match ({@code GraduatedApproachFinding( $s : shortfall )}). The shared rule
 * ids start with {@code graduated-approach-}; a rule set must not reuse them.
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
    /**
     * The id of the shared values the rules read, which a rule set using them names in its {@code "shared"}.
     *
     * @since 1.2
     */
    public static final String VALUES = "graduated-approach";
    /** Where the shared rule file lives in this module. */
    public static final String RULE_FILE = "META-INF/senrules/graduated-approach/graduated-approach.drl";
    private static final String VALUES_FILE = "META-INF/senrules/graduated-approach/graduated-approach.shared.json";

    private GraduatedApproach() {
    }

    /** The shared rule file. */
    public static RuleResource rules() {
        return RuleResource.of(GraduatedApproach.class, RULE_FILE);
    }

    /**
     * The shared values {@value #VALUES} the rules read, to pass to {@code RuleSetDefinition.declared(...)}.
     *
     * @since 1.2
     */
    public static SharedParameters values() {
        return SharedParameters.declared(RuleResource.of(GraduatedApproach.class, VALUES_FILE), GraduatedApproachValues.class,
                GraduatedApproachValues::new, List.of());
    }
}
