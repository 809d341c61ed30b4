/**
 * The Ordinarily Available Guidance as data, for embedders and other rule packs: the catalogue and
 * its lookups ({@link org.senrules.oag.OagCatalogue}), provision lines as cases carry them
 * ({@link org.senrules.oag.ProvisionLine}) and as rule facts
 * ({@link org.senrules.oag.NumberedProvisionLine}), and the reusable graduated-approach rules
 * ({@link org.senrules.oag.GraduatedApproach}).
 */
package org.senrules.oag;
