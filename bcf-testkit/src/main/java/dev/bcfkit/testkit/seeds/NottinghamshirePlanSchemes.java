package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.plan.Scheme;
import java.util.List;

/**
 * The schemes of Nottinghamshire's 2014 plan, section 2 "1. Description of planned changes"
 * ({@code [003:220-349]}): "These schemes are broadly defined across six themes" ({@code [003:243]}),
 * each with its success factors ("The success factors are:"), all delivered through the pooled
 * budget; then "Other Schemes Additionally Supporting BCF outcomes and Metrics"
 * ({@code [003:330]}), which are "not currently included in the pooled BCF arrangements"
 * ({@code [003:332]}). The plan names no individual scheme there (they are in its document 01,
 * {@code [003:334]}, not among the seeds) and lists no success factors for them, so that entry
 * has none. Part 1 gives no funding per scheme ({@code [003:328]}).
 */
final class NottinghamshirePlanSchemes {
    private NottinghamshirePlanSchemes() {
    }

    static List<Scheme> schemes() {
        return List.of(
                // [003:245] theme; success factors [003:251-256]
                theme("7 Day Service Provision and Access",
                        "Reduction in avoidable admissions",
                        "Reduction in delayed transfers of care",
                        "Reduction in admissions to long term care",
                        "Decrease in use of residential settings for intermediate care and rehabilitation",
                        "Care at the right time and place",
                        "Reduction in the number of people attending A and E/Walk in Centre services"),
                // [003:258] theme; success factors [003:264-274]
                theme("Supporting Integration",
                        "Increase in integrated community support services between health and social care",
                        "Reduction in avoidable admissions",
                        "Reduction in delayed transfers of care",
                        "Increase in service user satisfaction levels",
                        "Reduction in admissions to long term care",
                        "Decrease in use of residential settings for intermediate care and rehabilitation",
                        "More effective use of resources through integration of staff roles",
                        "Increase in development of alternative residential rehabilitation models in the independent sector",
                        "Clear leadership and vision",
                        "Increased care closer to home"),
                // [003:276] theme; success factors [003:282-287]
                theme("Transforming Patient Satisfaction",
                        "Decrease in avoidable admissions from care homes to hospital",
                        "Decrease in safeguarding referrals from care homes",
                        "Reduction in emergency call outs",
                        "Decrease in use of carer support services and emergency respite care",
                        "Increase in use of Assistive technology units",
                        "Increase in patients reporting satisfaction of care"),
                // [003:289] theme; success factors [003:295-301]
                theme("Protecting Social Services",
                        "Increase in use of direct payments to promote service user choice and facilitate discharges",
                        "Decreased admissions to long term care",
                        "Reduction in safeguarding referrals",
                        "Reduction in delayed transfers of care",
                        "Reduction in avoidable admissions",
                        "Reduction in emergency admissions to dementia services",
                        "Reduction in use of services in a crisis"),
                // [003:303] theme; success factors [003:311-314]
                theme("Accelerating Discharge",
                        "Integrated IT systems",
                        "Reduced delayed transfers of care",
                        "Reduced admissions and readmissions to Acute services",
                        "Improved processes within and out of hospital"),
                // [003:316] theme; success factors [003:322-326]
                theme("Infrastructure, Enablers and Other Developments",
                        "Integrated IT systems – Shared platform for information sharing developed via ‘Connecting Nottinghamshire’",
                        "Information sharing agreements",
                        "Programme Management Systems that deliver plans",
                        "Shared processes across health and social care where appropriate",
                        "Improvements in operational processes"),
                // [003:330] heading; [003:332] "not currently included in the pooled BCF arrangements"
                new Scheme("Other Schemes Additionally Supporting BCF outcomes and Metrics", List.of(), false));
    }

    private static Scheme theme(String name, String... successFactors) {
        return new Scheme(name, List.of(successFactors), true);
    }
}
