package org.senrules.awards;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;


/**
 * The 4 Cs of co-production, across which a Silver delivery plan sets out actions, with their
 * wording from the SEND Noticeboard of February 2024 ("The Four Stages of the Award Scheme").
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum CoproductionC implements Titled {
    CO_COMMISSIONING("Co-commissioning", Evidence.CO_COMMISSIONING_ACTIONS),
    CO_DESIGN("Co-design", Evidence.CO_DESIGN_ACTIONS),
    CO_DELIVERY("Co-delivery", Evidence.CO_DELIVERY_ACTIONS),
    CO_ASSESSMENT("Co-assessment", Evidence.CO_ASSESSMENT_ACTIONS);

    private final String wording;
    private final Evidence missingEvidence;

    CoproductionC(String wording, Evidence missingEvidence) {
        this.wording = wording;
        this.missingEvidence = missingEvidence;
    }

    /** The C as the Scheme writes it, such as {@code "Co-design"}. */
    public String wording() {
        return wording;
    }

    /** The code reported when a delivery plan has too few actions in this C. */
    public Evidence missingEvidence() {
        return missingEvidence;
    }

    /**
     * The C in words inside a sentence, such as {@code "co-design"}: its {@link #wording()} in lower case.
     *
     * @since 1.2
     */
    @Override
    public String title() {
        return wording.toLowerCase(java.util.Locale.ROOT);
    }
}
