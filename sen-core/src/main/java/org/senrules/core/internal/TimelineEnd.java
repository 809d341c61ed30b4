package org.senrules.core.internal;

import java.time.LocalDate;

/** Where a parameter's timeline ends: what {@link org.senrules.core.ValueEnd} shows, made inside the engine. */
public record TimelineEnd(String ruleSet, String policy, String parameter, LocalDate lastDay, String file) {
}
