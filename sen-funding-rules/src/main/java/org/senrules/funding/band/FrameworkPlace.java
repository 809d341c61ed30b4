package org.senrules.funding.band;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/**
 * A place whose top-up a top-up framework finds from the pupil's need and level of complexity:
 * what the shared band → top-up rules ({@code top-up-frameworks.drl}) read of a case. The cases of
 * {@code special-school-band} and {@code ehcp-top-up} are such places (their declarations say
 * {@code "implements": ["FrameworkPlace"]}), so that both decide a special-school place by the same
 * rules and give the same money.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface FrameworkPlace {
    /** The kind of setting, which decides the framework. */
    Setting setting();

    /** The classification A–E chosen by the panel, or {@code null}. */
    NeedClassification needClassification();

    /** The census primary need, mapped to A–E when no classification is given; {@code null} when a classification is. */
    PrimaryNeed primaryNeed();

    /** The level of complexity on the descriptors, 1 (lowest) to 4. */
    int complexityLevel();

    // Drools reads a property of an interface through its getter (an interface has no field to match
    // setting() to), when it compiles the rules at run time; these getters are how it reads them

    /** {@link #setting()}, as a rule reads it. */
    default Setting getSetting() {
        return setting();
    }

    /** {@link #needClassification()}, as a rule reads it. */
    default NeedClassification getNeedClassification() {
        return needClassification();
    }

    /** {@link #primaryNeed()}, as a rule reads it. */
    default PrimaryNeed getPrimaryNeed() {
        return primaryNeed();
    }

    /** {@link #complexityLevel()}, as a rule reads it. */
    default int getComplexityLevel() {
        return complexityLevel();
    }
}
