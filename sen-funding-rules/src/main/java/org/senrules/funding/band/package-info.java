/**
 * The case and outcome of the {@code special-school-band} rule set: banded descriptors for
 * special-school places (need classification A–E and complexity level 1–4 give a band; the band
 * gives a top-up; core place funding is reported apart).
 */
package org.senrules.funding.band;
