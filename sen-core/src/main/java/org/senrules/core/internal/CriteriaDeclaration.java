package org.senrules.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The criteria a rule set's declaration states ({@code "criteria"}): criterion id to what it
 * stands for and the reason given when it is not met, each with its line for messages.
 */
record CriteriaDeclaration(String file, Map<String, Criterion> criteria) {
    /** One declared criterion; {@code otherwise} is the reason when it is not met. */
    record Criterion(String id, String description, String otherwise, int line) {
    }

    /** The criteria of a rule-set declaration, in its order. */
    static CriteriaDeclaration of(Declaration d) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        d.criteria().values().forEach(c -> out.put(c.id(), new Criterion(c.id(), c.is(), c.otherwise(), c.line())));
        return new CriteriaDeclaration(d.file(), java.util.Collections.unmodifiableMap(out));
    }

    boolean isEmpty() {
        return criteria.isEmpty();
    }
}
