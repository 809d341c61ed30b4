/**
 * The case and outcome of the {@code esn-request} rule set: whether an Exceptional Special Needs
 * funding request is admissible, by which route it is decided, and by when.
 */
package org.senrules.funding.esn;
