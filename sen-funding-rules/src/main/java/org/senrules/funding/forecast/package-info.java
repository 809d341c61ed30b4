/**
 * The case and outcome of the {@code high-needs-forecast} rule set: variance, reserve and
 * movement of a High Needs Block quarterly budget-monitoring forecast, with warnings.
 */
package org.senrules.funding.forecast;
