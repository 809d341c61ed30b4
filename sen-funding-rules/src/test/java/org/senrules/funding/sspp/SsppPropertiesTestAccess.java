package org.senrules.funding.sspp;

import net.jqwik.api.Arbitrary;

/** Lets tests in other packages draw the same synthetic SSPP requests as the properties. */
public final class SsppPropertiesTestAccess {
    public Arbitrary<SsppCase> cases() {
        return new SsppPropertiesTest().cases();
    }
}
