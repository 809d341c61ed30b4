package org.senrules.funding.ehcp;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.funding.band.NeedClassification;
import org.senrules.core.spi.Outcome;

/**
 * What the {@code ehcp-top-up} rules decide for one pupil: the framework, the band or units, and the money.
 * It starts with no framework ({@link EhcpFramework#NONE}) and no money (a top-up and total of zero), and
 * only the rules that run once every criterion is met change that: the rule set fails closed.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class EhcpTopUpOutcome extends Outcome {
    private EhcpFramework framework = EhcpFramework.NONE;
    private NeedClassification needClassification;
    private Integer band;
    private Integer countedUnits;
    private boolean unitsCapped;
    private Money topUp = Money.ZERO;
    private Money environmentAmount;
    private Money placeFunding;
    private Money total = Money.ZERO;
    private Money mainstreamEquivalent;
    private boolean alignmentAnomaly;

    /** The framework the top-up was found in; {@link EhcpFramework#NONE} when no framework funds the place. */
    public EhcpFramework getFramework() {
        return framework;
    }

    public void setFramework(EhcpFramework framework) {
        changing();
        this.framework = framework;
    }

    /** The need classification A–E used, or {@code null} when none was needed or none could be found. */
    public NeedClassification getNeedClassification() {
        return needClassification;
    }

    public void setNeedClassification(NeedClassification needClassification) {
        changing();
        this.needClassification = needClassification;
    }

    /** The band, when banded. */
    public Integer getBand() {
        return band;
    }

    public void setBand(Integer band) {
        changing();
        this.band = band;
    }

    /** The Support Units counted, when the top-up is in units. */
    public Integer getCountedUnits() {
        return countedUnits;
    }

    public void setCountedUnits(Integer countedUnits) {
        changing();
        this.countedUnits = countedUnits;
    }

    /** Whether the reviewed descriptors capped the Support Units counted (options 2 and 4). */
    public boolean isUnitsCapped() {
        return unitsCapped;
    }

    public void setUnitsCapped(boolean unitsCapped) {
        changing();
        this.unitsCapped = unitsCapped;
    }

    /** The top-up (element 3) for the financial year, including any environment amount; zero when none is found. */
    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** The environment amount of a special-school place within the top-up (option 3A), or {@code null}. */
    public Money getEnvironmentAmount() {
        return environmentAmount;
    }

    public void setEnvironmentAmount(Money environmentAmount) {
        changing();
        this.environmentAmount = environmentAmount;
    }

    /** Core place funding of a special-school place, {@code null} elsewhere. */
    public Money getPlaceFunding() {
        return placeFunding;
    }

    public void setPlaceFunding(Money placeFunding) {
        changing();
        this.placeFunding = placeFunding;
    }

    /** Place funding plus top-up. */
    public Money getTotal() {
        return total;
    }

    public void setTotal(Money total) {
        changing();
        this.total = total;
    }

    /** What a banded special-school need would cost in Support Units, for the alignment check. */
    public Money getMainstreamEquivalent() {
        return mainstreamEquivalent;
    }

    public void setMainstreamEquivalent(Money mainstreamEquivalent) {
        changing();
        this.mainstreamEquivalent = mainstreamEquivalent;
    }

    /** Whether the banded top-up is out of line with the Support Units cost of the same need. */
    public boolean isAlignmentAnomaly() {
        return alignmentAnomaly;
    }

    public void setAlignmentAnomaly(boolean alignmentAnomaly) {
        changing();
        this.alignmentAnomaly = alignmentAnomaly;
    }
}
