package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.core.returns.HighImpactChange.EARLY_DISCHARGE_PLANNING;
import static dev.bcfkit.core.returns.HighImpactChange.ENHANCING_HEALTH_IN_CARE_HOMES;
import static dev.bcfkit.core.returns.HighImpactChange.FOCUS_ON_CHOICE;
import static dev.bcfkit.core.returns.HighImpactChange.HOME_FIRST_DISCHARGE_TO_ASSESS;
import static dev.bcfkit.core.returns.HighImpactChange.MULTI_DISCIPLINARY_DISCHARGE_TEAMS;
import static dev.bcfkit.core.returns.HighImpactChange.SEVEN_DAY_SERVICE;
import static dev.bcfkit.core.returns.HighImpactChange.SYSTEMS_TO_MONITOR_PATIENT_FLOW;
import static dev.bcfkit.core.returns.HighImpactChange.TRUSTED_ASSESSORS;
import static dev.bcfkit.core.returns.MaturityLevel.ESTABLISHED;
import static dev.bcfkit.core.returns.MaturityLevel.PLANS_IN_PLACE;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.RedBag;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The "4. High Impact Change Model" sheet of Nottinghamshire's Q2 2017/18 return
 * ({@code [000:218-242]}): the eight changes with their maturity in the columns "Q2 17/18
 * (Current)", "Q3 17/18 (Planned)" and "Q4 17/18 (Planned)" ({@code [000:221]}), the narrative
 * cells, and the Red Bag row ({@code [000:239-241]}). Every rationale cell is blank (no change
 * is Mature or Exemplary), and blank cells are null. Cells the rendering broke over two physical
 * lines are re-joined with one space (both lines are cited); the seed's spellings are kept
 * ("Truster Assessor", {@code [000:224]}).
 */
final class NottinghamshireHighImpactChanges {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);

    private NottinghamshireHighImpactChanges() {
    }

    static HighImpactChangeModel model() {
        return new HighImpactChangeModel(changes(), redBag());
    }

    private static List<ChangeAssessment> changes() {
        return List.of(
                // [000:222] Chg 1 "Early discharge planning": Plans in place / Plans in place / Established
                change(EARLY_DISCHARGE_PLANNING, PLANS_IN_PLACE, PLANS_IN_PLACE, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Key challenges were ensuring buy in / sign up from all system partners as well as trying to understand the concept",
                        // milestones / observed impact
                        "Integrated Discharge Functions now in place and managers appointed to oversee the function / team",
                        // support needs
                        "Any further challenges will be noted and acted upon via the Provider to Provider meetings in place weekly."),
                // [000:223] Chg 2 "Systems to monitor patient flow": Established / Established / Established
                change(SYSTEMS_TO_MONITOR_PATIENT_FLOW, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        null, // challenges: blank
                        // milestones / observed impact
                        "South NerveCentre being developed to incorporate system capacity to enable community bed stock to be visible Dashboard metrics also in development",
                        // support needs
                        "Any further challenges will be noted and acted upon via the Provider to Provider meetings in place weekly."),
                // [000:224] Chg 3 "Multi- disciplinary/multi- agency discharge teams": Established / Established / Established
                change(MULTI_DISCIPLINARY_DISCHARGE_TEAMS, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        null, // challenges: blank
                        // milestones / observed impact
                        "South Electronic Transfer of Care (eTOC) developed and agreed across all system partners",
                        // support needs
                        "Further changes may be required to support the Truster Assessor role / implementation"),
                // [000:225] + [000:227] Chg 4 "Home first/discharge to assess": Established / Established / Established
                change(HOME_FIRST_DISCHARGE_TO_ASSESS, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "South Discharge to Assess / HomeFirst Pathway went live in September Additional 36 community beds secured across Greater Nottingham to support Pathway",
                        // milestones / observed impact
                        "Integrated Discharge Functions now in place and managers appointed to oversee the function / team",
                        // support needs
                        "Any key challenges will be noted and acted upon via the Provider to Provider meetings in place weekly."),
                // [000:228] Chg 5 "Seven-day service": Plans in place / Plans in place / Established
                change(SEVEN_DAY_SERVICE, PLANS_IN_PLACE, PLANS_IN_PLACE, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Workforce challenges in delivering this.",
                        // milestones / observed impact
                        "Refresh of mapping across the system to be completed in Q3 Primary Care at ED Reablement teams - 7 day limited Service Mental Health Assessment beds - 7 day full Service Crisis response - 7 day limited Service Social care reablement service (START) - 7 day limited Service",
                        null), // support needs: blank
                // [000:229] Chg 6 "Trusted assessors": Plans in place / Plans in place / Established
                change(TRUSTED_ASSESSORS, PLANS_IN_PLACE, PLANS_IN_PLACE, ESTABLISHED,
                        null, // rationale: blank
                        null, // challenges: blank
                        // milestones / observed impact
                        "South Trusted Assessor Steering group established Exploring the role of Trusted Assessor with Care Homes Exploring the role of training Integrated Discharge Team members",
                        // support needs
                        "The plan is to implement the model from April and any challenges arising will be actioned via the Greater Nottingham Trusted Assessor Steering Group."),
                // [000:230] + [000:232] Chg 7 "Focus on choice": Plans in place / Plans in place / Established
                change(FOCUS_ON_CHOICE, PLANS_IN_PLACE, PLANS_IN_PLACE, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Challenges in agreeing the funding/ and how providers were going to use it",
                        // milestones / observed impact
                        "South Patient leaflet developed and signed off by all system partners Hospital patient letter also designed and signed off by system partners",
                        // support needs
                        "On-going monitoring of usage"),
                // [000:233] Chg 8 "Enhancing health in care homes": Established / Established / Established
                change(ENHANCING_HEALTH_IN_CARE_HOMES, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        null, // challenges: blank
                        // milestones / observed impact
                        "South Integrated teams established with key leads (community matrons and district nurses) in place aligned to each Care Home.",
                        null)); // support needs: blank
    }

    /** {@code [000:239-241]}. */
    private static RedBag redBag() {
        return new RedBag(
                // [000:241] "UEC Red Bag scheme": Established / Established / Established
                maturity(ESTABLISHED, ESTABLISHED, ESTABLISHED),
                null, // alternative mitigations: blank [000:241]
                null, // challenges: blank [000:241]
                // achievements / impact [000:241]
                "South Red bag scheme for care homes to support repatriation being implemented",
                // support needs [000:241]
                "South How it aligns to other schemes in place such as the Trusted Assessor work underway");
    }

    private static ChangeAssessment change(HighImpactChange change, MaturityLevel q2, MaturityLevel q3,
            MaturityLevel q4, String rationale, String challenges, String milestones, String supportNeeds) {
        return new ChangeAssessment(change, maturity(q2, q3, q4), rationale, challenges, milestones, supportNeeds);
    }

    /** The three columns of {@code [000:221]}: Q2 (Current), Q3 and Q4 (Planned) of 2017/18. */
    private static SortedMap<ReportingPeriod, MaturityLevel> maturity(MaturityLevel q2, MaturityLevel q3,
            MaturityLevel q4) {
        SortedMap<ReportingPeriod, MaturityLevel> levels = new TreeMap<>();
        levels.put(ReportingPeriod.of(Y2017_18, Quarter.Q2), q2);
        levels.put(ReportingPeriod.of(Y2017_18, Quarter.Q3), q3);
        levels.put(ReportingPeriod.of(Y2017_18, Quarter.Q4), q4);
        return levels;
    }
}
