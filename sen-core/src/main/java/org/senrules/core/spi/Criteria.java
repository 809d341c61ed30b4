package org.senrules.core.spi;

import org.senrules.core.ApiStatus;

/**
 * Where a criterion rule records its verdict, so that eligibility fails closed. Rule files see
 * it as the global {@code criteria}; the engine knows which rule is firing and so which criterion
 * it records:
 *
 * <pre>{@code
 * rule "The case was discussed at the MAP meeting before submission"
 *     @id("discussed-at-map-meeting")
 *     @source("{council-sspp-process}: the case was discussed at the school's MAP meeting")
 *     ruleflow-group "criteria"
 * when
 *     $case : SsppCase()
 * then
 *     criteria.assess($case.discussedAtMapMeeting(), "The case was not discussed at the MAP meeting.");
 * end
 * }</pre>
 *
 * <p>A rule set declares its criteria (the {@code "$criteria"} object of its parameter file); a
 * rule records the criterion named by its {@code @criterion("...")}, or, without one, the
 * criterion with the same id as its {@code @id}. Once every declared criterion has been
 * recorded as met, the engine inserts an {@link EveryCriterionMet} fact, which the grant rules
 * require. A criterion that fails, that no rule assesses, or that is not assessed for a case
 * leaves the fact out, so nothing is granted; an unassessed criterion also gets a reason naming
 * it. One instance serves one decision.
 *
 * @since 1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface Criteria {

    /** The firing rule's criterion is met. Adds no reason. */
    void met();

    /** The firing rule's criterion is not met; {@code reason} says why, in plain English. */
    void failed(String reason);

    /** Records {@link #met} when {@code met} is true, otherwise {@link #failed} with {@code reasonIfFailed}. */
    void assess(boolean met, String reasonIfFailed);

    /**
     * The request cannot be considered at all (the gate of the {@code consider} phase): records
     * {@code reason}, expects no criterion and stops the decision, so no later rule fires.
     */
    void notConsidered(String reason);
}
