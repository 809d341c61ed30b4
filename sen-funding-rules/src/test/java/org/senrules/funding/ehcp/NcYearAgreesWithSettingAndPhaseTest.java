package org.senrules.funding.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;

/**
 * Issue 32: a National Curriculum year that contradicts the setting or the phase is a violation at
 * {@code case.ncYear} whose message names the other field, from JSON and from the builder alike; the
 * years the simulator ages a pupil through are accepted.
 */
class NcYearAgreesWithSettingAndPhaseTest {

    private static EhcpTopUpCase.Builder pupil(Setting setting, Phase phase, int ncYear) {
        return EhcpTopUpCase.builder().caseId("EH-NC").setting(setting).phase(phase).needClassification(NeedClassification.A)
                .complexityLevel(2).provision(List.of()).ncYear(ncYear).locality("North");
    }

    private static List<String> refusal(Setting setting, Phase phase, int ncYear) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> pupil(setting, phase, ncYear).build());
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void anEarlyYearsSettingPupilInYear9_isRefusedNamingSettingAndPhase() {
        List<String> v = refusal(Setting.EARLY_YEARS_SETTING, Phase.EARLY_YEARS, 9);
        assertEquals(2, v.size(), v::toString);
        assertEquals(true, v.get(0).contains("case.ncYear") && v.get(0).contains("when setting is EARLY_YEARS_SETTING or NURSERY_SCHOOL, not 9"),
                v::toString);
        assertEquals(true, v.get(1).contains("case.ncYear") && v.get(1).contains("must be from -2 to -1 when phase is EARLY_YEARS, not 9"),
                v::toString);
    }

    @Test
    void aPost16PupilInYear3_isRefusedNamingSettingAndPhase() {
        List<String> v = refusal(Setting.POST_16, Phase.POST_16, 3);
        assertEquals(2, v.size(), v::toString);
        assertEquals(true, v.get(0).contains("must be from 12 to 14 when setting is POST_16, not 3"), v::toString);
        assertEquals(true, v.get(1).contains("must be from 12 to 14 when phase is POST_16, not 3"), v::toString);
    }

    @Test
    void schoolAgeEndsAtYear11_andReceptionStartsIt() {
        assertEquals(1, refusal(Setting.MAINSTREAM_SCHOOL, Phase.SCHOOL_AGE, 12).size());
        assertEquals(1, refusal(Setting.SPECIAL_SCHOOL, Phase.SCHOOL_AGE, -1).size());
        assertEquals(1, refusal(Setting.MAINSTREAM_SCHOOL, Phase.EARLY_YEARS, 0).size(), "Reception is school age, as the simulator ages");
    }

    @Test
    void theYearsASchoolHas_areAccepted() {
        for (int year = -2; year <= -1; year++) {
            pupil(Setting.EARLY_YEARS_SETTING, Phase.EARLY_YEARS, year).build();
            pupil(Setting.NURSERY_SCHOOL, Phase.EARLY_YEARS, year).build();
            pupil(Setting.MAINSTREAM_SCHOOL, Phase.EARLY_YEARS, year).build(); // a school's nursery class
        }
        for (int year = 0; year <= 11; year++) {
            pupil(Setting.MAINSTREAM_SCHOOL, Phase.SCHOOL_AGE, year).build();
            pupil(Setting.SPECIAL_SCHOOL, Phase.SCHOOL_AGE, year).build();
        }
        for (int year = 12; year <= 14; year++) {
            pupil(Setting.POST_16, Phase.POST_16, year).build();
            pupil(Setting.SPECIAL_SCHOOL, Phase.POST_16, year).build(); // a special school's sixth form
        }
    }
}
