/**
 * The case and outcome of the {@code coproduction-award} rule set (the Birmingham SEND
 * Co-production Award Scheme) and the Scheme's vocabulary: its stages, the sectors it is open to,
 * the 4 Cs of co-production, the eight principles of the SEND Co-production Framework and Charter,
 * and the codes for missing evidence and for ineligibility.
 *
 * <p>Embedders build an {@link org.senrules.awards.AwardCase} (or send its JSON) and read an
 * {@link org.senrules.awards.AwardOutcome}; the rules themselves are in the module's
 * non-exported package and its {@code META-INF/senrules/coproduction-award/} resources.
 */
package org.senrules.awards;
