package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing {@code GET /health/ready} looks at before it says the service may take traffic
 * (the rules have compiled; a parameter value has not expired). Checks run in order and stop at
 * the first that fails; each adds what it found to the answer, as members of its own.
 */
@FunctionalInterface
interface ReadinessCheck {
    /** Adds what it found to {@code answer}; false when the service must not take traffic. */
    boolean check(ObjectNode answer);
}
