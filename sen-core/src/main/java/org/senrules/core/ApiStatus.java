package org.senrules.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far an exported type can be relied on across releases. Every public type in an exported
 * package carries it (a build test fails when one does not); a nested type has the status of the
 * type it is declared in unless it says otherwise. The public signatures of every exported package
 * are also kept in {@code api-baseline/senrules-api.txt}, and the build fails when they change
 * unintentionally (docs/api.md says how to accept an intended change).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiStatus(ApiStatus.Level.STABLE)
public @interface ApiStatus {

    /** The promise made about the annotated type. */
    Level value();

    /** Stability levels, from the strongest promise to none. */
    enum Level {
        /** Changes only compatibly within a major version; removal only after a deprecation in a minor release. */
        STABLE,
        /** Usable, but may change in a minor release while its design settles; the release notes say how. */
        EXPERIMENTAL,
        /** Public only for senrules' own modules or tools; may change in any release. */
        INTERNAL
    }
}
