package org.senrules.awards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.Outcome;

/**
 * What the {@code coproduction-award} rules decided for one organisation: whether it can be
 * assessed, the stage its evidence supports, the stage it works towards next and what evidence that
 * stage still needs. The rules fill it in; embedders read it.
 *
 * <ul>
 *   <li>An ineligible organisation gets the reasons ({@link #getIneligibleBecause()}) and no stage at
 *       this assessment: {@code stageAwarded} and {@code nextStage} are {@code null}, {@code certificate}
 *       is false; but a stage it already holds is kept, and {@code stageHeld} shows it.</li>
 *   <li>{@code stageHeld} is always set: the stage the organisation holds after this assessment
 *       ({@code NONE} when it holds none); for an eligible organisation it equals {@code stageAwarded}.</li>
 *   <li>For an eligible organisation {@code stageAwarded} is never below its {@code currentStage}: an
 *       award already held is kept, even if the evidence now submitted would support less, and when the
 *       evidence supports nothing new the current stage is repeated with {@code certificate} false.</li>
 *   <li>{@code missingEvidence} lists only what {@code nextStage} still needs, each code with a
 *       sentence in the decision's reasons; it is empty at Platinum, and when the next stage's
 *       evidence is complete but the assessment has already awarded as many stages as it may.</li>
 * </ul>
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class AwardOutcome extends Outcome {
    private boolean eligible;
    private final List<Ineligibility> ineligibleBecause = new ArrayList<>();
    private AwardStage stageAwarded;
    private AwardStage nextStage;
    private AwardStage stageHeld;
    private final List<Evidence> missingEvidence = new ArrayList<>();
    private final List<CoproductionPrinciple> principlesNotEvidenced = new ArrayList<>();
    private boolean certificate;

    /** Whether the organisation can be assessed for an award at all. */
    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        changing();
        this.eligible = eligible;
    }

    /** Why the organisation cannot be assessed, in the order of {@link Ineligibility}; empty when it is eligible. */
    public List<Ineligibility> getIneligibleBecause() {
        return Collections.unmodifiableList(ineligibleBecause);
    }

    /** Records one reason the organisation cannot be assessed. */
    public void addIneligibility(Ineligibility code) {
        changing();
        if (!ineligibleBecause.contains(code)) {
            ineligibleBecause.add(code);
            Collections.sort(ineligibleBecause);
        }
    }

    /**
     * The stage the organisation holds after this assessment: its current stage or higher;
     * {@code null} when it is not eligible.
     */
    public AwardStage getStageAwarded() {
        return stageAwarded;
    }

    public void setStageAwarded(AwardStage stageAwarded) {
        changing();
        this.stageAwarded = stageAwarded;
    }

    /**
     * The stage the organisation holds after this assessment, never below the one it held before:
     * {@link #getStageAwarded()} when it is eligible, its current stage when it is not.
     */
    public AwardStage getStageHeld() {
        return stageHeld;
    }

    public void setStageHeld(AwardStage stageHeld) {
        changing();
        this.stageHeld = stageHeld;
    }

    /** The stage above {@link #getStageAwarded()}; {@code null} at Platinum or when not eligible. */
    public AwardStage getNextStage() {
        return nextStage;
    }

    public void setNextStage(AwardStage nextStage) {
        changing();
        this.nextStage = nextStage;
    }

    /** The evidence {@link #getNextStage()} still needs, in the order of {@link Evidence}. */
    public List<Evidence> getMissingEvidence() {
        return Collections.unmodifiableList(missingEvidence);
    }

    /** Records one piece of evidence the next stage still needs. */
    public void addMissingEvidence(Evidence code) {
        changing();
        if (!missingEvidence.contains(code)) {
            // kept in the Scheme's order, whatever order the rules fired in, so decisions read the same every time
            missingEvidence.add(code);
            Collections.sort(missingEvidence);
        }
    }

    /**
     * The principles the portfolio does not yet show impact against, when too few are shown for
     * Gold ({@link Evidence#PRINCIPLES_EVIDENCE}); otherwise empty.
     */
    public List<CoproductionPrinciple> getPrinciplesNotEvidenced() {
        return Collections.unmodifiableList(principlesNotEvidenced);
    }

    public void setPrinciplesNotEvidenced(List<CoproductionPrinciple> principles) {
        changing();
        principlesNotEvidenced.clear();
        principlesNotEvidenced.addAll(principles);
    }

    /** True exactly when this assessment awards a stage above the one held: a certificate is issued. */
    public boolean isCertificate() {
        return certificate;
    }

    public void setCertificate(boolean certificate) {
        changing();
        this.certificate = certificate;
    }

    @Override
    public String toString() {
        return "AwardOutcome[eligible=" + eligible + ", stageAwarded=" + stageAwarded + ", stageHeld=" + stageHeld + ", nextStage=" + nextStage
                + ", missingEvidence=" + missingEvidence + ", certificate=" + certificate + "]";
    }
}
