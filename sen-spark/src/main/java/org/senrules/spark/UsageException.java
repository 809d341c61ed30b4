package org.senrules.spark;

/** A usage error: an option missing, unknown or wrong; the job prints its message and exits with status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
