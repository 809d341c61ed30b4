package org.senrules.core.spi;

import org.senrules.core.ApiStatus;

/**
 * The base of a rule set's outcome bean. The rules fill the outcome in while they decide; when the
 * decision is made the engine seals it, and from then on every setter throws, so a
 * {@link org.senrules.core.Decision} cannot change after it was made.
 *
 * <p>Every method that changes an outcome (setters, {@code add...}) calls {@link #changing()}
 * first, and getters of lists return unmodifiable views. The fields the decision JSON holds are
 * declared with {@link OutcomeFields}, in the order they are written.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public abstract class Outcome {
    // written by the deciding thread before the decision is handed over, so no other thread sees it change
    private boolean sealed;

    /** For subclasses: a fresh outcome, open to the rules. */
    protected Outcome() {
    }

    /**
     * Refuses a change to a sealed outcome; every method that changes the outcome calls it first.
     *
     * @throws IllegalStateException once the decision holding the outcome is made
     */
    protected final void changing() {
        if (sealed) {
            throw new IllegalStateException("this " + getClass().getSimpleName()
                    + " is the outcome of a decision already made; it cannot change");
        }
    }

    /**
     * Seals the outcome: the engine calls this when the decision is made, after which every
     * setter throws. Sealing twice is harmless; a sealed outcome is never opened again.
     */
    public final void seal() {
        sealed = true;
    }
}
