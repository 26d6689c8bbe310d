package dev.bcfkit.core.returns;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metric progress drop-down: a closed list per edition, each value with its exact template
 * label. 2016/17: "Please provide an update on indicative progress against the metric?"
 * ({@code [002:1058]}, {@code [002:1666]}, {@code [002:2457]}); 2017-19: "Assessment of progress
 * against the planned target for the quarter" ({@code [000:207-213]}, {@code [004:57-60]}).
 *
 * <p>The 2016/17 drop-down also has an option for a metric whose data is not yet available: "If
 * the information is not available to provide an indication of performance on a measure at this
 * point in time then there is a drop-down option to indicate this" ({@code [002:1261]}). The
 * papers do not print the option's label; it is taken as published returns print it (Bury's
 * 2016/17 Q2 return: "Data not available to assess progress").
 */
public enum MetricAssessment {
    /** "On track to meet target" (every edition). */
    ON_TRACK_TO_MEET_TARGET("On track to meet target", Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18,
            Edition.QUARTERLY_2018_19),
    /** "Not on track to meet target" (2017-19, {@code [000:213]}). */
    NOT_ON_TRACK_TO_MEET_TARGET("Not on track to meet target", Edition.QUARTERLY_2017_18,
            Edition.QUARTERLY_2018_19),
    /** "On track for improved performance, but not to meet full target" (2016/17, {@code [002:2457]}). */
    ON_TRACK_FOR_IMPROVED_PERFORMANCE("On track for improved performance, but not to meet full target",
            Edition.QUARTERLY_2016_17),
    /** "No improvement in performance" (2016/17, {@code [002:1666]}). */
    NO_IMPROVEMENT_IN_PERFORMANCE("No improvement in performance", Edition.QUARTERLY_2016_17),
    /**
     * "Data not available to assess progress" (2016/17, the option of {@code [002:1261]}, labelled
     * as published 2016/17 returns print it). It says neither on track nor off track.
     */
    DATA_NOT_AVAILABLE("Data not available to assess progress", Edition.QUARTERLY_2016_17);

    private final String label;
    private final Set<Edition> editions;

    MetricAssessment(String label, Edition first, Edition... rest) {
        this.label = label;
        this.editions = EnumSet.of(first, rest);
    }

    /** @return the exact template label */
    public String label() {
        return label;
    }

    /** @return the editions whose drop-down has this value */
    public Set<Edition> editions() {
        return EnumSet.copyOf(editions);
    }

    /**
     * @return whether the value judges progress at all; "Data not available to assess progress"
     *     ({@code [002:1261]}) does not, so it neither agrees nor disagrees with a computed rating
     */
    public boolean assessesProgress() {
        return this != DATA_NOT_AVAILABLE;
    }

    /** @return whether the value says the target will be met */
    public boolean saysOnTrack() {
        return this == ON_TRACK_TO_MEET_TARGET;
    }

    /**
     * @param edition an edition
     * @return that edition's drop-down values in template order
     */
    public static List<MetricAssessment> forEdition(Edition edition) {
        return Arrays.stream(values()).filter(a -> a.editions.contains(edition)).collect(Collectors.toList());
    }

    /**
     * @param label the exact label
     * @return the value with that label, in any edition
     * @throws BcfException if no edition has that label
     */
    public static MetricAssessment fromLabel(String label) {
        for (MetricAssessment a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new BcfException("assessment: expected one of " + Arrays.stream(values())
                .map(a -> "\"" + a.label + "\"").collect(Collectors.joining(", ")) + ", found \""
                + Text.abbreviate(label) + "\"");
    }
}
