package dev.bcfkit.core.returns;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One metric block of a return. 2016/17: definition, progress drop-down and "Commentary on
 * progress" ({@code [002:1056-1082]}), and for the patient-experience metric "If no local defined
 * patient experience metric has been specified, please give details of the local defined patient
 * experience metric now being used" ({@code [002:1073]}). 2017-19: definition, assessment,
 * challenges, achievements and support needs ({@code [000:207]}).
 *
 * @param metric which metric
 * @param definition the pre-populated definition text, or null
 * @param assessment the drop-down value, or null if blank
 * @param commentary "Commentary on progress" (2016/17), or null
 * @param challenges "Challenges" (2017-19), or null
 * @param achievements "Achievements" (2017-19), or null
 * @param supportNeeds "Support Needs" (2017-19), or null
 * @param specifiedMetric the patient-experience metric now being used (2016/17), or null
 * @param figures target and actual where a paper gives them, or null
 */
public record MetricProgress(
        @NotNull MetricKind metric,
        @Size(max = 10_000) String definition,
        MetricAssessment assessment,
        @Size(max = 100_000) String commentary,
        @Size(max = 100_000) String challenges,
        @Size(max = 100_000) String achievements,
        @Size(max = 100_000) String supportNeeds,
        @Size(max = 10_000) String specifiedMetric,
        @Valid MetricFigures figures) {
}
