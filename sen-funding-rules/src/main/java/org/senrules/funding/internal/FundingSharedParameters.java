package org.senrules.funding.internal;

import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.SharedParameters;

/**
 * The funding pack's values that several rule sets read, declared once: the value of a Support
 * Unit is one value for sspp-top-up, mainstream-top-up and special-school-band, so a council sets
 * it in one file ({@code funding-shared.parameters.json}) and every rule set that costs units
 * follows.
 */
final class FundingSharedParameters {
    static final String ID = "funding-shared";
    static final SharedParameters VALUES = SharedParameters.builder(ID,
                    RuleResource.of(FundingSharedParameters.class, "META-INF/senrules/" + ID + "/" + ID + ".parameters.json"))
            .parameter("supportUnitValue", ParameterType.MONEY, "The value of one Support Unit for the financial year")
            .build();

    private FundingSharedParameters() {
    }
}
