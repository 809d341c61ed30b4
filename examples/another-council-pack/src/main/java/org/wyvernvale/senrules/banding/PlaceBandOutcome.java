package org.wyvernvale.senrules.banding;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;

/** What Wyvern Vale's banding rules decide for a place: the band and the money it attracts. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class PlaceBandOutcome extends Outcome {
    private int band;
    private Money topUp = Money.ZERO;
    private Money placeFunding = Money.ZERO;
    private Money total = Money.ZERO;

    /** The band, 0 when the place is not banded. */
    public int getBand() {
        return band;
    }

    public void setBand(int band) {
        changing();
        this.band = band;
    }

    /** The top-up for the band per financial year. */
    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** Core place funding (special schools only). */
    public Money getPlaceFunding() {
        return placeFunding;
    }

    public void setPlaceFunding(Money placeFunding) {
        changing();
        this.placeFunding = placeFunding;
    }

    /** Top-up plus place funding. */
    public Money getTotal() {
        return total;
    }

    public void setTotal(Money total) {
        changing();
        this.total = total;
    }
}
