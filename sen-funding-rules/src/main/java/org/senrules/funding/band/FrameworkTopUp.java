package org.senrules.funding.band;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * What a top-up framework finds for a {@link FrameworkPlace}: the fields the shared band → top-up
 * rules ({@code top-up-frameworks.drl}) write. The outcomes of {@code special-school-band} and
 * {@code ehcp-top-up} implement it (their declarations say {@code "implements": ["FrameworkTopUp"]}),
 * with the same meaning in both.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface FrameworkTopUp {
    /** The need classification A–E used: as given, or the census need's; {@code null} when none was found. */
    NeedClassification getNeedClassification();

    void setNeedClassification(NeedClassification needClassification);

    /** The band, when the framework is banded and a band was found; otherwise {@code null}. */
    Integer getBand();

    void setBand(Integer band);

    /** The top-up for the financial year, any environment amount included. */
    Money getTopUp();

    void setTopUp(Money topUp);

    /** The environment amount within the top-up of a special-school place (workstream 2 option 3A), or {@code null}. */
    Money getEnvironmentAmount();

    void setEnvironmentAmount(Money environmentAmount);

    /** Core place funding of a special-school place, reported apart from the top-up; {@code null} elsewhere. */
    Money getPlaceFunding();

    void setPlaceFunding(Money placeFunding);

    /** Place funding plus top-up. */
    Money getTotal();

    void setTotal(Money total);

    /** What a banded special-school need would cost in Support Units (units at its level × the unit value), for the alignment check. */
    Money getMainstreamEquivalent();

    void setMainstreamEquivalent(Money mainstreamEquivalent);

    /** Whether the banded top-up is out of line with the Support Units cost of the same need by more than the tolerance. */
    boolean isAlignmentAnomaly();

    void setAlignmentAnomaly(boolean alignmentAnomaly);
}
