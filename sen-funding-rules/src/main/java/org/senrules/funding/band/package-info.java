/**
 * The case and outcome of the {@code special-school-band} rule set: banded descriptors for
 * special-school places (need classification A–E and complexity level 1–4 give a band; the band
 * gives a top-up; core place funding is reported apart); and the top-up frameworks both it and
 * {@code ehcp-top-up} use: the shared values {@code top-up-frameworks} ({@link
 * org.senrules.funding.band.FrameworkValues}) and the interfaces their shared band → top-up rules
 * match ({@link org.senrules.funding.band.FrameworkPlace}, {@link org.senrules.funding.band.FrameworkTopUp}).
 */
package org.senrules.funding.band;
