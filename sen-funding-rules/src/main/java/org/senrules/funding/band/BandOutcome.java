package org.senrules.funding.band;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code special-school-band}: the band and the money for one special-school
 * place in the financial year of the request's {@code asOf}.
 *
 * <p>When the setting is not a special school, {@code applicable} is false and nothing else is
 * set. When the primary need cannot be placed in a classification (census {@code OTH} or
 * {@code NSA}), {@code banded} is false: place funding is reported, band, top-up and total are
 * {@code null}. Money is never negative. A fresh outcome is not applicable: the setting
 * criterion makes it applicable, so the rules fail closed.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class BandOutcome extends Outcome {
    private boolean applicable;
    private boolean banded;
    private NeedClassification needClassification;
    private Integer band;
    private Money topUp;
    private Money placeFunding;
    private Money total;
    private String topUpModel;
    private Money mainstreamEquivalent;
    private boolean alignmentAnomaly;

    /** False when the setting is not a special school, so the special-school bands do not apply. */
    public boolean isApplicable() {
        return applicable;
    }

    public void setApplicable(boolean applicable) {
        changing();
        this.applicable = applicable;
    }

    /** True once a band was found for the classification and complexity level. */
    public boolean isBanded() {
        return banded;
    }

    public void setBanded(boolean banded) {
        changing();
        this.banded = banded;
    }

    /** The classification used: as given, or mapped from the primary need; {@code null} if none. */
    public NeedClassification getNeedClassification() {
        return needClassification;
    }

    public void setNeedClassification(NeedClassification needClassification) {
        changing();
        this.needClassification = needClassification;
    }

    /** The band, or {@code null} if not banded. */
    public Integer getBand() {
        return band;
    }

    public void setBand(Integer band) {
        changing();
        this.band = band;
    }

    /** The top-up for the band; zero for Band 1; {@code null} if not banded. */
    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** Core funding for the place, reported apart from the top-up; {@code null} if not applicable. */
    public Money getPlaceFunding() {
        return placeFunding;
    }

    public void setPlaceFunding(Money placeFunding) {
        changing();
        this.placeFunding = placeFunding;
    }

    /** Place funding plus top-up; {@code null} if not banded. */
    public Money getTotal() {
        return total;
    }

    public void setTotal(Money total) {
        changing();
        this.total = total;
    }

    /**
     * What the same classification and level would cost in the mainstream Support Unit framework
     * (its units at this level × the value of a unit): the 2026 review's alignment check between
     * the two frameworks. {@code null} when not banded.
     */
    public Money getMainstreamEquivalent() {
        return mainstreamEquivalent;
    }

    public void setMainstreamEquivalent(Money mainstreamEquivalent) {
        changing();
        this.mainstreamEquivalent = mainstreamEquivalent;
    }

    /** True when the top-up is out of line with the mainstream equivalent by more than the tolerance. */
    public boolean isAlignmentAnomaly() {
        return alignmentAnomaly;
    }

    public void setAlignmentAnomaly(boolean alignmentAnomaly) {
        changing();
        this.alignmentAnomaly = alignmentAnomaly;
    }

    /**
     * How the top-up was found: {@code BANDS} (the banded descriptors), {@code UNITS} (a unit
     * model) or {@code AVERAGE_SPEND} (the spend analysis); {@code null} if not applicable.
     */
    public String getTopUpModel() {
        return topUpModel;
    }

    public void setTopUpModel(String topUpModel) {
        changing();
        this.topUpModel = topUpModel;
    }
}
