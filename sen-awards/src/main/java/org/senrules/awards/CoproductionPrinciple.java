package org.senrules.awards;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;


/**
 * The eight principles of the SEND Co-production Framework and Charter against which a Gold
 * portfolio shows impact, in the order and wording of the SEND Noticeboard of February 2024
 * ("Measuring the Impact of Co-production"). Rights Respecting Schools evidence may be
 * cross-referenced to them.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum CoproductionPrinciple implements Titled {
    TRUSTED_AND_ABLE_TO_TRUST("Trusted and Able to Trust"),
    LISTENED_TO_AND_HEARD("Listened to and Heard"),
    TREATED_WITH_TRANSPARENCY_AND_OPENNESS("Treated with Transparency and Openness"),
    FULLY_COMMUNICATED_WITH("Fully Communicated with"),
    INVOLVED("Involved"),
    EMPOWERED("Empowered"),
    EQUAL("Equal"),
    ACCOUNTABLE_AND_ABLE_TO_HOLD_TO_ACCOUNT("Accountable and able to hold to account");

    private final String wording;

    CoproductionPrinciple(String wording) {
        this.wording = wording;
    }

    /** The principle as the Framework and Charter words it, such as {@code "Listened to and Heard"}. */
    public String wording() {
        return wording;
    }

    /**
     * The principle in words, for sentences: its {@link #wording()}.
     *
     * @since 1.2
     */
    @Override
    public String title() {
        return wording;
    }
}
