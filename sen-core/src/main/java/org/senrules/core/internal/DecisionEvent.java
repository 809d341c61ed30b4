package org.senrules.core.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One decision, as a JDK Flight Recorder event ({@code org.senrules.Decision}): the rule set, the
 * policy and how many rules fired. Off unless a recording enables it (then it costs one check per
 * decision). An operator sees in a recording what a decision cost; the performance guards
 * ({@code DecisionCostGuardTest}) count firings with it. It names no case: a recording may be
 * kept, and pseudonymous ids stay out of it too.
 */
@Name(DecisionEvent.NAME)
@Label("senrules decision")
@Category("senrules")
@Description("One decision: its rule set, policy and the rules that fired")
@StackTrace(false)
final class DecisionEvent extends Event {
    static final String NAME = "org.senrules.Decision";

    @Label("Rule set")
    String ruleSet;

    @Label("Policy")
    String policy;

    @Label("Rules fired")
    int rulesFired;

    /** Records a decision of {@code ruleSet} under {@code policy} if a recording wants it. */
    static void decided(String ruleSet, String policy, int rulesFired) {
        DecisionEvent e = new DecisionEvent();
        if (e.isEnabled()) {
            e.ruleSet = ruleSet;
            e.policy = policy;
            e.rulesFired = rulesFired;
            e.commit();
        }
    }
}
