/**
 * The case and outcome of rule set {@code sspp-top-up}: whether a request for high-needs top-up
 * through an SSPP (SEN Support Provision Plan) can be considered and funded, for how many
 * Support Units and until when, under the current process or one of the DBV options
 * ({@code dbv-option-1} … {@code dbv-option-6}, {@code dbv-option-4a}).
 */
package org.senrules.funding.sspp;
