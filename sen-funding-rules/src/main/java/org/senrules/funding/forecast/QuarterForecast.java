package org.senrules.funding.forecast;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.NonNegative;
import org.senrules.core.spi.Range;

/**
 * One quarter's forecast outturn for the whole financial year.
 *
 * @param quarter the quarter of the financial year in which the forecast was made, 1 to 4
 * @param outturn the forecast spend for the year, in pounds; not negative
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record QuarterForecast(@Range(min = 1, max = 4) int quarter, @NonNegative Money outturn) {
}
