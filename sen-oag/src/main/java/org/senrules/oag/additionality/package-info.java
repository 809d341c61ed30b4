/**
 * The case and outcome of the {@code oag-additionality} rule set: which provision lines are
 * ordinarily available for the pupil's phase (so not additional) and which are additional.
 */
package org.senrules.oag.additionality;
