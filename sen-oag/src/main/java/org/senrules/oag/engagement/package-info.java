/**
 * The case and outcome of the {@code engagement-model} rule set: whether the Engagement Model
 * applies to a pupil, and the areas of engagement it assesses.
 */
package org.senrules.oag.engagement;
