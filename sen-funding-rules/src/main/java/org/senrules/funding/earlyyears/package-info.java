/**
 * The case and outcome of the {@code early-years-inclusion} rule set: whether a child in an
 * early-years setting or nursery school can be supported by Early Years Inclusion funding, from
 * what age, and how much.
 */
package org.senrules.funding.earlyyears;
