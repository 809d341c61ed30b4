/**
 * The case and outcome of the {@code mainstream-top-up} rule set: Support Units and top-up for
 * EHCP or SSPP provision in early-years settings, nursery schools, mainstream schools and
 * resource bases, excluding provision that is ordinarily available.
 */
package org.senrules.funding.mainstream;
