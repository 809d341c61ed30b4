package org.senrules.core;

import java.util.List;
import java.util.Objects;

/**
 * A named policy variant of a rule set: an overlay on its parameters, such as a Delivering
 * Better Value option being modelled. Every rule set has {@code current}.
 *
 * <p>A policy that changes how decisions are made rather than what they give (SSPP option 6's
 * locality-led process) may declare, in the policy file, the policies it {@link #combinesWith()}:
 * the engine then also accepts {@code "this/other"} (for example {@code dbv-option-6/dbv-option-4}),
 * the other policy's overlay with this one's on top ({@link #with(PolicyVariant)}).
 *
 * @param name         the name used in requests, such as {@code "dbv-option-4"}
 * @param title        what it does, in one line
 * @param source       the document that describes it
 * @param costNeutral  whether the policy file declares it meant to cost the same as {@code current},
 *                     which a cohort simulation checks
 * @param combinesWith the policies it may be combined with as {@code name/other}, empty when none
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record PolicyVariant(String name, String title, String source, boolean costNeutral, List<String> combinesWith) {
    /** What separates the two names of a combined policy: {@code dbv-option-6/dbv-option-4}. */
    public static final String COMBINED = "/";

    /** Copies the list; a null list is none. */
    public PolicyVariant {
        Objects.requireNonNull(name, "name");
        combinesWith = combinesWith == null ? List.of() : List.copyOf(combinesWith);
    }

    /** A policy that declares neither cost-neutrality nor combinations. */
    public PolicyVariant(String name, String title, String source) {
        this(name, title, source, false, List.of());
    }

    /** True for a combined policy such as {@code dbv-option-6/dbv-option-4}. */
    public boolean combined() {
        return name.contains(COMBINED);
    }

    /**
     * This policy combined with {@code other}: named {@code this/other}, its title and source
     * both policies', not cost-neutral, combinable no further.
     *
     * @throws IllegalArgumentException if this policy does not declare {@code other} among {@link #combinesWith()}
     */
    public PolicyVariant with(PolicyVariant other) {
        if (!combinesWith.contains(other.name())) {
            throw new IllegalArgumentException("policy " + name + " does not combine with " + other.name()
                    + (combinesWith.isEmpty() ? "; it combines with no policy" : "; it combines with " + String.join(", ", combinesWith)));
        }
        return new PolicyVariant(name + COMBINED + other.name(), title + ", with " + other.name() + ": " + other.title(),
                source + "; " + other.source(), false, List.of());
    }
}
