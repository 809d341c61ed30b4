package org.senrules.core;

/**
 * One thing wrong with a request.
 *
 * @param path    where, as a JSON path from the request root: {@code "case.complexityLevel"},
 *                {@code "cases[3].provision[0].supportUnits"}, or {@code ""} for the document itself
 * @param message what is wrong and what is allowed, in plain words
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record Violation(String path, String message) {
}
