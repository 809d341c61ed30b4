package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.senrules.core.SenRules;
import org.senrules.core.ValueEnd;

/**
 * The readiness check on parameter values: the service reports the earliest day a value in force
 * ends (so that operations see 31 March coming), and is not ready once that day has passed, since
 * every decision that needs the value is then refused until the council adds the next one. A
 * value ending soon is reported, not a reason to take the service out of a load balancer.
 */
final class ValuesInForce {
    private final Engines engines;
    private final Clock clock;

    ValuesInForce(Engines engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
    }

    /**
     * Adds {@code valuesEnd}: the earliest last day of any rule set's values, the parameter and the
     * rule sets that read it, the days left (negative once passed) and whether it has expired.
     * False once it has: the service must not take traffic. Nothing is added when no value ends.
     */
    boolean check(ObjectNode answer) {
        SenRules engine = engines.engine();
        List<ValueEnd> ends = engine.valueEnds();
        if (ends.isEmpty()) {
            answer.putNull("valuesEnd");
            return true;
        }
        ValueEnd first = ends.get(0);
        LocalDate today = LocalDate.now(clock);
        long daysLeft = ChronoUnit.DAYS.between(today, first.lastDay());
        ObjectNode o = answer.putObject("valuesEnd");
        o.put("lastDay", first.lastDay().toString()).put("parameter", first.parameter());
        ArrayNode sets = o.putArray("ruleSets");
        ends.stream().filter(e -> e.lastDay().equals(first.lastDay()) && e.parameter().equals(first.parameter()))
                .map(ValueEnd::ruleSet).distinct().forEach(sets::add);
        o.put("daysLeft", daysLeft).put("expired", daysLeft < 0);
        if (daysLeft < 0) {
            o.put("message", first.parameter() + " has no value in force after " + first.lastDay()
                    + ": decisions that need it are refused until the council adds the next value and the service reloads");
        }
        return daysLeft >= 0;
    }
}
