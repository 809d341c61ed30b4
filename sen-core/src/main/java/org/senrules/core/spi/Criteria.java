package org.senrules.core.spi;

import org.senrules.core.ApiStatus;

/**
 * The gate of a rule set whose criteria are stated as conditions. A criterion is a rule of the
 * {@code criteria} phase whose {@code when} is the criterion itself, marked
 * {@code @criterion("id")}; the engine counts its match and gives the declaration's reason for
 * each criterion without one, inserting {@link EveryCriterionMet} only when none is missing. A
 * rule of a phase before it (the gate) may stop the decision first: rule files see this as the
 * global {@code criteria}:
 *
 * <pre>{@code
 * rule "Request not considered without parental consent"
 *     @id("consent-required")
 *     @source("{council-sspp-process}: parental consent is required")
 *     ruleflow-group "consider"
 * when
 *     SsppCase( !parentalConsent )
 *     $o : SsppOutcome()
 * then
 *     $o.setConsidered(false);
 *     criteria.notConsidered("No parental consent is recorded, so the request is not considered.");
 * end
 * }</pre>
 *
 * <p>One instance serves one decision.
 *
 * @since 1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface Criteria {

    /**
     * The request cannot be considered at all (the gate of the {@code consider} phase): records
     * {@code reason}, expects no criterion and stops the decision, so no later rule fires.
     */
    void notConsidered(String reason);
}
