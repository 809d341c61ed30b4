package org.senrules.funding.esn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code esn-request}. {@code route} and {@code claimableFrom} are set only for an
 * admissible request. {@code decisionDueBy} is six weeks after the review that considers the
 * request; when that review's date is not known, or no review considers it, it is {@code null} and
 * {@code decisionDueByUnknownBecause} says why. {@code currentFundingContinues} is always true.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class EsnOutcome extends Outcome {
    // fails closed: only a route rule, once every criterion is met, makes the request admissible
    private boolean admissible;
    private EsnRoute route;
    private LocalDate decisionDueBy;
    private LocalDate reviewDate;
    private EsnDeadlineUnknown decisionDueByUnknownBecause;
    private boolean backdated;
    private LocalDate claimableFrom;
    private LocalDate existingAgreementHonouredUntil;
    private Boolean annualReviewDueInTime;
    private final List<EsnGround> grounds = new ArrayList<>();
    private boolean externalProfessionalsInvolved;
    private boolean currentFundingContinues;

    /** False when the request cannot go forward; the reasons say why. */
    public boolean isAdmissible() {
        return admissible;
    }

    public void setAdmissible(boolean admissible) {
        changing();
        this.admissible = admissible;
    }

    /** How the request is decided; {@code null} when it is not admissible. */
    public EsnRoute getRoute() {
        return route;
    }

    public void setRoute(EsnRoute route) {
        changing();
        this.route = route;
    }

    /**
     * The date by which the case officer communicates the decision: the decision period after
     * {@link #getReviewDate()}; {@code null} when that is not known ({@link #getDecisionDueByUnknownBecause()}).
     */
    public LocalDate getDecisionDueBy() {
        return decisionDueBy;
    }

    public void setDecisionDueBy(LocalDate decisionDueBy) {
        changing();
        this.decisionDueBy = decisionDueBy;
    }

    /**
     * The date of the review that considers the request, from which the decision period runs: the
     * case's {@code reviewDate} when given, otherwise the annual review's due date on the annual-review
     * route; {@code null} when not known or when no review considers the request.
     */
    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        changing();
        this.reviewDate = reviewDate;
    }

    /** Why {@link #getDecisionDueBy()} is {@code null}; {@code null} when it is set. */
    public EsnDeadlineUnknown getDecisionDueByUnknownBecause() {
        return decisionDueByUnknownBecause;
    }

    public void setDecisionDueByUnknownBecause(EsnDeadlineUnknown decisionDueByUnknownBecause) {
        changing();
        this.decisionDueByUnknownBecause = decisionDueByUnknownBecause;
    }

    /** True when support is asked for from before the request date, which cannot be claimed. */
    public boolean isBackdated() {
        return backdated;
    }

    public void setBackdated(boolean backdated) {
        changing();
        this.backdated = backdated;
    }

    /** The first date ESN can be claimed for: the request date; {@code null} when not admissible. */
    public LocalDate getClaimableFrom() {
        return claimableFrom;
    }

    public void setClaimableFrom(LocalDate claimableFrom) {
        changing();
        this.claimableFrom = claimableFrom;
    }

    /**
     * The end date of an existing ESN agreement, which is honoured: the end date agreed, or, when no
     * period was given, the date the next annual review is due; {@code null} if none is running.
     */
    public LocalDate getExistingAgreementHonouredUntil() {
        return existingAgreementHonouredUntil;
    }

    public void setExistingAgreementHonouredUntil(LocalDate existingAgreementHonouredUntil) {
        changing();
        this.existingAgreementHonouredUntil = existingAgreementHonouredUntil;
    }

    /**
     * Whether the annual review falls due within the review window after the request date;
     * {@code null} when the question did not arise (placement panel route, or not admissible).
     */
    public Boolean getAnnualReviewDueInTime() {
        return annualReviewDueInTime;
    }

    public void setAnnualReviewDueInTime(Boolean annualReviewDueInTime) {
        changing();
        this.annualReviewDueInTime = annualReviewDueInTime;
    }

    /** The grounds the request rests on, in the order the rules found them. */
    public List<EsnGround> getGrounds() {
        return Collections.unmodifiableList(grounds);
    }

    /** Records a ground; for the rules. */
    public void addGround(EsnGround ground) {
        changing();
        if (!grounds.contains(ground)) {
            grounds.add(ground);
        }
    }

    /** True when at least one professional external to the school is involved. */
    public boolean isExternalProfessionalsInvolved() {
        return externalProfessionalsInvolved;
    }

    public void setExternalProfessionalsInvolved(boolean externalProfessionalsInvolved) {
        changing();
        this.externalProfessionalsInvolved = externalProfessionalsInvolved;
    }

    /**
     * Always true: place funding, support units and top-up continue while any request is processed,
     * admissible or not; nothing in the interim process stops them.
     */
    public boolean isCurrentFundingContinues() {
        return currentFundingContinues;
    }

    public void setCurrentFundingContinues(boolean currentFundingContinues) {
        changing();
        this.currentFundingContinues = currentFundingContinues;
    }
}
