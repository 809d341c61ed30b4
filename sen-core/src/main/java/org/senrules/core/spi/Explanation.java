package org.senrules.core.spi;

import org.senrules.core.ApiStatus;

/**
 * Where a rule writes why it decided what it did. Rule files see it as the global
 * {@code explain}; the engine knows which rule is firing, so the reason carries that rule's
 * {@code @id} and {@code @source} metadata:
 *
 * <pre>{@code
 * rule "Request not considered without parental consent"
 *     @id("parental-consent-required")
 *     @source("Birmingham SSPP top-up process, council funding pages: parental permission")
 * when ...
 * then
 *     explain.because("Parental permission to share information is not recorded, so the request cannot be considered.");
 * end
 * }</pre>
 *
 * <p>One instance serves one decision; it is not shared between threads.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface Explanation {

    /**
     * Records a plain-English reason for the rule that is firing.
     *
     * @throws IllegalStateException when called outside a rule's consequence
     */
    void because(String text);

    /**
     * Records a reason for the rule that is firing as a sentence with named values, for a rule set
     * with a declaration: {@code explain.because("... a budget of {budget}.", "budget", $budget)}.
     * A name not given here is read from what the rule bound, the outcome, the case, the
     * parameters, or {@code asOf}, {@code financialYear} and {@code policy} (docs/writing-a-rule-set.md).
     *
     * @param namesAndValues a name, its value, a name, its value, ...
     * @throws IllegalArgumentException when the names and values do not pair up
     * @since 1.2
     */
    default void because(String template, Object... namesAndValues) {
        because(template);
    }

    /** Records a warning that a reviewer should see but that does not change the outcome. */
    void warn(String text);

    /**
     * Records a warning as a sentence with named values, for a rule set with a declaration, as
     * {@link #because(String, Object...)} records a reason.
     *
     * @param namesAndValues a name, its value, a name, its value, ...
     * @throws IllegalArgumentException when the names and values do not pair up
     * @since 1.2
     */
    default void warn(String template, Object... namesAndValues) {
        warn(template);
    }

    /**
     * Records that the decision rests on illustrative data that is not a parameter (such as an
     * illustrative catalogue): the decision is flagged {@code illustrative} and carries
     * {@code text} as a warning.
     *
     * @since 1
     */
    void illustrative(String text);

    /**
     * Records that the decision rests on illustrative data that is not a parameter, with a warning
     * written as a sentence with named values, as {@link #because(String, Object...)} writes a reason.
     *
     * @param namesAndValues a name, its value, a name, its value, ...
     * @throws IllegalArgumentException when the names and values do not pair up
     * @since 1.2
     */
    default void illustrative(String template, Object... namesAndValues) {
        illustrative(template);
    }
}
