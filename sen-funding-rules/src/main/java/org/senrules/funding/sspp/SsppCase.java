package org.senrules.funding.sspp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;

/**
 * A request for high-needs top-up funding through an SSPP (SEN Support Provision Plan), the case
 * of rule set {@code sspp-top-up}. Every component is a JSON case field of the contract.
 *
 * @param caseId                       pseudonymous case id, such as {@code "P-0001"}; never a name
 * @param planStatus                   {@code SEN_SUPPORT}, or {@code EHCP} if a plan is already in place
 * @param setting                      the kind of setting the pupil attends
 * @param primaryNeed                  the census primary need; gives the main area of need and so the decision group
 * @param parentalConsent              whether parental permission for information sharing is recorded
 * @param graduatedApproachCycles      completed assess–plan–do–review cycles, 0 to 30
 * @param coCreatedWithSupportServices whether the plan was co-created with the council's SEN support services
 * @param outsideAgencySupport         whether the outside agencies involved support the request
 * @param discussedAtMapMeeting        whether the case was discussed at the school's multi-agency planning meeting
 * @param requestedSupportUnits        the Support Units judged necessary for the provision in the plan, 1 to 40
 * @param renewal                      whether this request renews an SSPP top-up that is ending
 * @param cohorts                      the targeted cohorts the pupil belongs to, by the council's names; may be
 *                                     empty or absent (read as empty); at most 20
 * @param locality                     the locality of the pupil's setting, by the council's name (letters, digits,
 *                                     spaces, hyphens, apostrophes, ampersands; at most 60 characters)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record SsppCase(String caseId,
                       PlanStatus planStatus,
                       Setting setting,
                       PrimaryNeed primaryNeed,
                       boolean parentalConsent,
                       @Range(min = 0, max = 30) int graduatedApproachCycles,
                       boolean coCreatedWithSupportServices,
                       boolean outsideAgencySupport,
                       boolean discussedAtMapMeeting,
                       @Range(min = 1, max = 40) int requestedSupportUnits,
                       boolean renewal,
                       @OptionalField @MaxLength(20) List<String> cohorts,
                       @MaxLength(60) String locality) implements CaseInput {

    /*
     * Cohort and locality names are matched against council parameters and the locality ends up in
     * the outcome's decision group ("LOCALITY:<name>"), so they are restricted to name characters
     * rather than arbitrary text.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 '&_-]*");

    /**
     * Normalises an absent cohort list (possible when built in Java) to an empty one and keeps an
     * unmodifiable copy; null items are kept so that validation can report them by index.
     */
    public SsppCase {
        cohorts = cohorts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cohorts));
    }

    @Override
    public void checkConsistency(Violations violations) {
        if (!NAME.matcher(locality).matches()) {
            violations.add("locality", "must be a locality name: letters, digits, spaces, hyphens, apostrophes, ampersands");
        }
        for (int i = 0; i < cohorts.size(); i++) {
            String cohort = cohorts.get(i);
            if (cohort.length() > 60 || !NAME.matcher(cohort).matches()) {
                violations.add("cohorts[" + i + "]", "must be a cohort name of at most 60 characters: letters, digits, "
                        + "spaces, hyphens, underscores, apostrophes, ampersands");
            }
        }
    }

    /** Prints the case id only: cases reach logs and exception messages. */
    @Override
    public String toString() {
        return "SsppCase[" + caseId + "]";
    }
}
