/**
 * The case and outcome of the {@code ehcp-top-up} rule set: an EHCP pupil's top-up in whichever
 * framework applies to the setting (Support Units for early years, mainstream and resource bases;
 * bands for special schools), and under DBV workstream 2's alternative frameworks.
 */
package org.senrules.funding.ehcp;
