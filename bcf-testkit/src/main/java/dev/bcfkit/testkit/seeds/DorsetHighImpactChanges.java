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
 * The "4. High Impact Change Model" sheet of Dorset's Q2 2018/19 return ({@code [004:62-95]}):
 * the eight changes with their maturity in the five columns "Q4 17/18", "Q1 18/19", "Q2 18/19
 * (Current)", "Q3 18/19 (Planned)" and "Q4 18/19 (Planned)" ({@code [004:79]}), the narrative
 * cells, and the Red Bag row ({@code [004:94-95]}), whose header labels the reporting quarter
 * "Q2 18/19 (Planned)": it is still the 2018/19 Q2 column. Every rationale cell is blank, and
 * blank cells are null; "n/a" is what the support-needs cells say, so it is kept. The seed's
 * spellings are kept ("none ar present", {@code [004:95]}).
 */
final class DorsetHighImpactChanges {
    private static final FinancialYear Y2017_18 = FinancialYear.of(2017);
    private static final FinancialYear Y2018_19 = FinancialYear.of(2018);

    private DorsetHighImpactChanges() {
    }

    static HighImpactChangeModel model() {
        return new HighImpactChangeModel(changes(), redBag());
    }

    private static List<ChangeAssessment> changes() {
        return List.of(
                // [004:80] Chg 1 "Early discharge planning": Established / Established / Established / Established / Established
                change(EARLY_DISCHARGE_PLANNING, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Continued high levels of NEL demand and acuity of patients continues to provide challenges. This is compounded with workforce vacancies across health and social care organisations in Dorset. It is recognised that all staff should be trained in good discharge planning processes.",
                        // milestones / observed impact
                        "There is a pan Dorset ICS programme of work which has been established to improve the process for supporting stranded patients. A Stranded patients audit and workshop has been undertaken and good practice is being taken forward across Dorset ICS. U&EC transformation funding of £257k has been allocated to support this strand of work.",
                        // support needs
                        "n/a"),
                // [004:81] Chg 2 "Systems to monitor patient flow": Established / Established / Established / Established / Established
                change(SYSTEMS_TO_MONITOR_PATIENT_FLOW, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Pressures continue within the system and demand for health and social care remains high. Care capacity in private providers, domiciliary care and reablement services can cause bottlenecks. This continues to prove problematic in regards to recruitment and retention of staff.",
                        // milestones / observed impact
                        "Focussed work now being planned on stranded patients audit and workshop to be undertaken to inform action plan this included delays within reablement services, intermediate care services and community hospitals. Dorset ICS is looking to develop a system solution for proactive and real time monitoring of pressures across the system.",
                        // support needs
                        "n/a"),
                // [004:82] Chg 3 "Multi-disciplinary/multi-agency discharge teams": Established / Established / Established / Established / Established
                change(MULTI_DISCIPLINARY_DISCHARGE_TEAMS, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Workforce capacity in the voluntary / community sector can be an issue when attendance is required at MDTs or other specific meetings, and due to winter pressures.",
                        // milestones / observed impact
                        "Integrated discharge hubs in all acute hospitals. Health and social care coordinators are an integral part of all community hubs to help provide local solutions. Mental health support now more readily available to support complex cases. Dorset Healthcare in-reach model and community matron offer enhances this process further.",
                        // support needs
                        "n/a"),
                // [004:83] Chg 4 "Home first/discharge to assess": Established / Established / Established / Established / Established
                change(HOME_FIRST_DISCHARGE_TO_ASSESS, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Challenges with capacity in the care market impact on the successful implementation of a D2A model. Ongoing pressures continue to cause high demand for all services. The observed improved impact of the Dorset Care Framework mobilisation is being monitored and areas of capacity are raised and potential difficulties are discussed. Systems are also in place to monitor off-system referrals.",
                        // milestones / observed impact
                        "Options have been developed and going through approval processes. The second phase of the new care framework will include opening the framework to new providers, moving to a consolidated pay basis and transition towards an outcome based approach. DCC business case is being developed for the home first project and working groups are pursuing key areas for improvement and development.",
                        // support needs
                        "n/a"),
                // [004:85] Chg 5 "Seven-day service": Plans in place / Plans in place / Plans in place / Plans in place / Plans in place
                change(SEVEN_DAY_SERVICE, PLANS_IN_PLACE, PLANS_IN_PLACE, PLANS_IN_PLACE, PLANS_IN_PLACE, PLANS_IN_PLACE,
                        null, // rationale: blank
                        // challenges
                        "The challenge continues to be that planned discharges take place at weekends, but a lack of certain services at weekend continue to mean that an increase in discharges cannot be achieved consistently.",
                        // milestones / observed impact
                        "DCC Business case in development in response to Home First Project highlighting specific areas for development. Staff are in the consultation process to support change in working practices to support seven day working achievement.",
                        // support needs
                        "n/a"),
                // [004:86] Chg 6 "Trusted assessors": Established / Established / Established / Established / Established
                change(TRUSTED_ASSESSORS, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Consistent uptake across all providers Information sharing across health and social care",
                        // milestones / observed impact
                        "On line training in development. Role of trusted assessor to be considered across LAs. Care home work stream and hospital to home (H2H) group working on TA role for care homes. There will be an evaluation across the system reviewing the models of H2H services.",
                        // support needs
                        "n/a"),
                // [004:87] Chg 7 "Focus on choice": Established / Established / Established / Established / Established
                change(FOCUS_ON_CHOICE, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Community options can limit the effectiveness, the implementation and compliance of the Choice Policy",
                        // milestones / observed impact
                        "Senior management are supporting staff with complex difficult conversations and cases. Dorset Choice Policy is in the process of being reviewed by H2H joint health and social care group within 2018/19 and where appropriate refresher training will be arranged. Reviews of CHS self-funding support service is being evaluated.",
                        // support needs
                        "n/a"),
                // [004:88] Chg 8 "Enhancing health in care homes": Established / Established / Established / Established / Established
                change(ENHANCING_HEALTH_IN_CARE_HOMES, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED,
                        null, // rationale: blank
                        // challenges
                        "Increase in care home conveyances evident from care home conveyance dashboard. Red Bag initiative not fully embedded into practice. Specific training needs identified for a number of parts of the system eg care homes, paramedics, ED.",
                        // milestones / observed impact
                        "Dashboard developed re care home conveyances and shared with localities to share/discuss and prioritise care and support Task and finish groups established to focus on various elements of the EHCH programme Establishing closer working relationships with the Dorset Care Home Association",
                        // support needs
                        "n/a"));
    }

    /** {@code [004:94-95]}. */
    private static RedBag redBag() {
        return new RedBag(
                // [004:95] "UEC Red Bag scheme": Established in all five columns
                maturity(ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED, ESTABLISHED),
                null, // alternative mitigations: blank [004:95]
                // challenges [004:95]
                "Early analysis of the evaluation suggests that scheme needs to be relaunched as not all areas familiar with contents/updating red bag documents",
                // achievements / impact [004:95]
                "Combined (CCG,Community Services and Acute Trusts including ambulance trust) relaunch in development",
                // support needs [004:95], [sic]
                "none ar present");
    }

    private static ChangeAssessment change(HighImpactChange change, MaturityLevel q4of2017to18,
            MaturityLevel q1, MaturityLevel q2, MaturityLevel q3, MaturityLevel q4, String rationale,
            String challenges, String milestones, String supportNeeds) {
        return new ChangeAssessment(change, maturity(q4of2017to18, q1, q2, q3, q4), rationale, challenges,
                milestones, supportNeeds);
    }

    /** The five columns of {@code [004:79]}: 2017/18 Q4, then 2018/19 Q1 to Q4. */
    private static SortedMap<ReportingPeriod, MaturityLevel> maturity(MaturityLevel q4of2017to18,
            MaturityLevel q1, MaturityLevel q2, MaturityLevel q3, MaturityLevel q4) {
        SortedMap<ReportingPeriod, MaturityLevel> levels = new TreeMap<>();
        levels.put(ReportingPeriod.of(Y2017_18, Quarter.Q4), q4of2017to18);
        levels.put(ReportingPeriod.of(Y2018_19, Quarter.Q1), q1);
        levels.put(ReportingPeriod.of(Y2018_19, Quarter.Q2), q2);
        levels.put(ReportingPeriod.of(Y2018_19, Quarter.Q3), q3);
        levels.put(ReportingPeriod.of(Y2018_19, Quarter.Q4), q4);
        return levels;
    }
}
