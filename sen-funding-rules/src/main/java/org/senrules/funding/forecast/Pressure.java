package org.senrules.funding.forecast;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.MaxLength;

/**
 * A cost pressure behind the forecast, as the monitoring report lists them. The name is free
 * text and is never repeated in reasons.
 *
 * @param name   what the pressure is, such as "Out-of-area placements"
 * @param amount its effect on the forecast, in pounds; negative for a saving
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record Pressure(@MaxLength(120) String name, Money amount) {
}
