package org.senrules.awards;

import org.senrules.core.ApiStatus;


/**
 * A piece of evidence a stage of the Scheme needs: the codes of
 * {@link AwardOutcome#getMissingEvidence()}. Each code reported comes with a plain sentence in the
 * decision's reasons, the "support and challenge" feedback of the Co-production Champions Group.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum Evidence {
    /** Bronze: the registration form has been submitted. */
    REGISTRATION_FORM(AwardStage.BRONZE),
    /** Bronze: the registration form commits to the SEND Co-production Framework &amp; Charter. */
    CHARTER_COMMITMENT(AwardStage.BRONZE),
    /** Silver: the delivery plan has actions in co-commissioning. */
    CO_COMMISSIONING_ACTIONS(AwardStage.SILVER),
    /** Silver: the delivery plan has actions in co-design. */
    CO_DESIGN_ACTIONS(AwardStage.SILVER),
    /** Silver: the delivery plan has actions in co-delivery. */
    CO_DELIVERY_ACTIONS(AwardStage.SILVER),
    /** Silver: the delivery plan has actions in co-assessment. */
    CO_ASSESSMENT_ACTIONS(AwardStage.SILVER),
    /** Gold: the portfolio shows the delivery plan implemented. */
    PLAN_IMPLEMENTED(AwardStage.GOLD),
    /** Gold: the portfolio shows positive impact on the lives of children and families. */
    IMPACT_ON_FAMILIES(AwardStage.GOLD),
    /** Gold: the portfolio shows impact against enough of the eight principles. */
    PRINCIPLES_EVIDENCE(AwardStage.GOLD),
    /** Platinum: long-term commitment to embed co-production. */
    LONG_TERM_COMMITMENT(AwardStage.PLATINUM);

    private final AwardStage stage;

    Evidence(AwardStage stage) {
        this.stage = stage;
    }

    /** The stage that needs this evidence. */
    public AwardStage stage() {
        return stage;
    }
}
