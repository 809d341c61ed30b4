package org.senrules.core.spi;

import org.senrules.core.ApiStatus;

/**
 * The fact the engine inserts once every criterion a rule set declares has been recorded as met
 * (see {@link Criteria}). Grant rules require it, so a missing, broken or failed criterion rule
 * can never fund a request:
 *
 * <pre>{@code
 * rule "Support Units judged necessary are funded, up to any cap"
 *     ruleflow-group "grant"
 * when
 *     EveryCriterionMet()
 *     $case : SsppCase()
 *     $o : SsppOutcome()
 * then ...
 * }</pre>
 *
 * @since 1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EveryCriterionMet {
    /** Made by the engine only: a rule file that makes one itself is refused when it loads. */
    public EveryCriterionMet() {
    }

    @Override
    public String toString() {
        return "EveryCriterionMet";
    }
}
