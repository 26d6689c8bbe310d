package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.core.plan.RiskLevel.HIGH;
import static dev.bcfkit.core.plan.RiskLevel.LOW;
import static dev.bcfkit.core.plan.RiskLevel.MEDIUM;

import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.RiskLevel;
import java.util.List;

/**
 * The risk register of Nottinghamshire's 2014 plan, section 4 "Risks" ({@code [003:681-718]}):
 * 22 risks, six in North Nottinghamshire, six in Mid-Nottinghamshire and ten in South
 * Nottinghamshire, in register order. The register's group rows print the planning units in
 * capitals ({@code [003:688]} "NORTH NOTTINGHAMSHIRE"); they are recorded with the spelling of
 * the protecting-social-care table ({@code [003:617-619]}) so that both name the same unit. Each
 * rating reads "&lt;IMPACT&gt; impact &lt;LIKELIHOOD&gt; likelihood" (one row capitalises "Impact" and
 * "Likelihood", {@code [003:706]}). Rows the rendering broke over two physical lines are
 * re-joined cell by cell with one space (both lines are cited).
 */
final class NottinghamshirePlanRisks {
    /** {@code [003:617]}, group row {@code [003:688]}. */
    static final String NORTH = "North Nottinghamshire";
    /** {@code [003:618]}, group row {@code [003:697]}. */
    static final String MID = "Mid-Nottinghamshire";
    /** {@code [003:619]}, group row {@code [003:704]}. */
    static final String SOUTH = "South Nottinghamshire";

    private NottinghamshirePlanRisks() {
    }

    static List<Risk> risks() {
        return List.of(
                // [003:689]: "HIGH impact MEDIUM likelihood"
                risk(NORTH, "Agreement for whole scale change from all partners, including changes to ways of working",
                        HIGH, MEDIUM,
                        "On-going leadership from the Urgent Care Working Group and Integrated Care Board Early engagement of partners with work programmes agreed in partnership at a senior level Planned change management approach for all organisations involved to communicate these changes to the front line"),
                // [003:690]: "HIGH impact HIGH likelihood"
                risk(NORTH, "Information Governance: local arrangements contingent upon National agreement",
                        HIGH, HIGH,
                        "Informal local systems in place for MDTs and community staff Develop and maintain links to Connected Nottinghamshire Programme"),
                // [003:691]: "HIGH impact MEDIUM likelihood"
                risk(NORTH, "Performance related funding reliant on outcomes that may not be evidenced in the short to medium term",
                        HIGH, MEDIUM,
                        "On-going monitoring of outcomes at a senior level through the Urgent Care Working Group and Integrated Care Board and early identification of slippage On-going monitoring and evaluation of the five programmes to ensure that services/projects within the programmes are fit for purpose and meeting expected outcomes within timescales Services to be procured on an outcomes basis with funding linked to outcomes therefore a shared risk between commissioners and providers"),
                // [003:692]: "HIGH impact MEDIUM likelihood"
                risk(NORTH, "Quality of care and financial stability of providers across all sectors due to the changes proposed",
                        HIGH, MEDIUM,
                        "On-going leadership from the Urgent Care Working Group and Integrated Care Board Early engagement of partners with work programmes agreed in partnership at a senior level"),
                // [003:693] + [003:695]: "HIGH impact MEDIUM likelihood"
                risk(NORTH, "National changes to Urgent and Emergency Care (primary care, A&E and OOH) and changes to the primary care contract",
                        HIGH, MEDIUM,
                        "NHS England Area Team representation on the Urgent Care Working Group and Integrated Care Board"),
                // [003:696]: "HIGH impact MEDIUM likelihood"
                risk(NORTH, "Recruitment of qualified and skilled preventive staff",
                        HIGH, MEDIUM,
                        "Workforce development plan, including a succession plan Review recruitment and retention plans"),
                // [003:698]: "HIGH impact MEDIUM likelihood"
                risk(MID, "Assumed change in residential and nursing home placements does not materialise",
                        HIGH, MEDIUM,
                        "Activity modelling informed by evidence and local clinical opinion; model to include impact of best, base, and worst case scenarios."),
                // [003:699]: "MEDIUM impact HIGH likelihood"
                risk(MID, "Public resistance to proposed changes",
                        MEDIUM, HIGH,
                        "Engagement plan in place; citizens' champions being recruited."),
                // [003:700]: "HIGH impact LOW likelihood"
                risk(MID, "Insufficient non-recurrent monies available for the enabling/implementation costs",
                        HIGH, LOW,
                        "Requirements included in CCGs' annual planning assumptions."),
                // [003:701]: "HIGH impact MEDIUM likelihood"
                risk(MID, "IT suppliers do not have capacity to respond to requirements of Mid-Nottinghamshire within required timescales",
                        HIGH, MEDIUM,
                        "Requirements are similar to those of other Nottinghamshire CCGs, giving greater leverage with suppliers."),
                // [003:702]: "HIGH impact MEDIUM likelihood"
                risk(MID, "Insufficient qualified staff can be recruited in time to meet required increase in community service staffing levels and new services",
                        HIGH, MEDIUM,
                        "Reduce scale of services and/or phase delivery to accommodate extended recruitment timescales. Use of agency staff to bridge gaps. Early discussions with regional workforce development teams to facilitate long term recruitment and development planning."),
                // [003:703]: "HIGH impact MEDIUM likelihood"
                risk(MID, "There is a risk that staff moving from existing services within Mid-Nottinghamshire or from neighbouring HCEs will destabilise existing services, leading to overall loss of performance",
                        HIGH, MEDIUM,
                        "Reduce scale of services and/or phase delivery to accommodate extended recruitment timescales. Use of agency staff to bridge gaps. Early discussions with regional workforce development teams to facilitate long term recruitment and development planning."),
                // [003:705]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that the sign up and cultural changes required to enable whole scale change from all partner organisations, including changes to ways of working is not achieved",
                        HIGH, MEDIUM,
                        "On-going leadership from the BCF Working Group/South Planning Group Early engagement of partners with work programmes agreed in partnership at a senior level Planned change management approach for all organisations involved to communicate these changes to the front line"),
                // [003:706] + [003:708]: "HIGH Impact MEDIUM Likelihood"
                risk(SOUTH, "There is a risk that recruitment difficulties, engaging and changing ways of working for front line provider staff do not enable whole scale change to be achieved",
                        HIGH, MEDIUM,
                        "On-going leadership from the BCF Working Group/South Planning Group Early engagement of partners with work programmes agreed in partnership at a senior level Planned change management approach for all organisations involved to engage and communicate these changes to the front line"),
                // [003:709]: "HIGH impact HIGH likelihood"
                risk(SOUTH, "There is a risk that if the existing contractual arrangements with providers remain unchanged this will have a negative impact on delivery of the plan",
                        HIGH, HIGH,
                        "On-going leadership from the BCF Working Group/South Planning Group Early engagement of partners with work programmes agreed in partnership at a senior level"),
                // [003:710]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that quality of care may be affected as a result of implementing the proposed changes",
                        HIGH, MEDIUM,
                        "On-going leadership from the BCF Working Group/South Planning Group Early engagement of partners with work programmes agreed in partnership at a senior level"),
                // [003:711]: "MEDIUM impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that as performance related funding is reliant on outcomes these may not be evidenced in the short to medium term",
                        MEDIUM, MEDIUM,
                        "On-going monitoring of outcomes at a senior level through the BCF Working Group/South Planning Group with a robust approach to performance management On-going monitoring and evaluation of programmes to ensure that services/projects within the programmes are fit for purpose and meeting expected outcomes within timescales Services to be procured on an outcomes basis with funding linked to outcomes therefore a shared risk between commissioners and providers"),
                // [003:712]: "HIGH impact HIGH likelihood"
                risk(SOUTH, "There is a risk that implementation of the changes will impact on the financial stability of providers",
                        HIGH, HIGH,
                        "On-going leadership from the BCF Working Group/South Planning Group Early engagement of partners with work programmes agreed in partnership at a senior level Ensure individual projects and overall programme subject to robust analysis and modelling to ensure any financial impact on providers is clear"),
                // [003:713]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that social care funding challenges result in a reduction of available care packages to support long term care resulting in a shift in cost of long term care to health",
                        HIGH, MEDIUM,
                        "Ensure individual projects and overall programme are subject to robust analysis and modelling to ensure that the impact of funding cuts is identified and included"),
                // [003:714] + [003:716]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that implementation of the changes will result in an increase in admissions to care homes",
                        HIGH, MEDIUM,
                        "On-going leadership from the BCF Working Group/South Planning Group Bed available in care home sector to be monitored Intermediate Care / Assessment Beds to be used flexibly when necessary to support patients out of hospital"),
                // [003:717]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that the assumed change in residential and nursing home placements does not materialise",
                        HIGH, MEDIUM,
                        "Activity modelling informed by evidence and local clinical opinion; model to include impact of best, base and worst case scenarios"),
                // [003:718]: "HIGH impact MEDIUM likelihood"
                risk(SOUTH, "There is a risk that there is public resistance to the proposed changes and that population behaviour change will not materialise",
                        HIGH, MEDIUM,
                        "Plan to be supported by the on-going development and implementation of a communication and engagement strategy"));
    }

    private static Risk risk(String planningUnit, String description, RiskLevel impact, RiskLevel likelihood,
            String mitigatingActions) {
        return new Risk(planningUnit, description, impact, likelihood, mitigatingActions);
    }
}
