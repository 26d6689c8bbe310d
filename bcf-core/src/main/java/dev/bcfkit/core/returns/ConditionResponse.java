package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import dev.bcfkit.core.Quarter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * One row of the national conditions tab: the answer, the estimated date the condition will be
 * met and the explanation ({@code [002:895]}: "If the answer is "No" or "No - In Progress"
 * please enter estimated date when condition will be met ... (DD/MM/YYYY)"), and, from 2016/17
 * Q2, the pre-populated responses of earlier quarters ({@code [002:1465-1470]}, {@code [002:2373]}).
 *
 * @param condition which condition row
 * @param answer the answer, or null if left blank
 * @param expectedDate the estimated date the condition will be met, or null
 * @param explanation why it was not met and how this is being addressed, or null
 * @param previousResponses earlier quarters' submitted answers, by quarter (empty in Q1)
 */
public record ConditionResponse(
        @NotNull NationalCondition condition,
        ConditionAnswer answer,
        LocalDate expectedDate,
        @Size(max = 100_000) String explanation,
        @NotNull SortedMap<Quarter, ConditionAnswer> previousResponses) {

    /**
     * @throws dev.bcfkit.core.BcfException if the previous responses are null
     */
    public ConditionResponse {
        previousResponses = Components.sortedMap("previousResponses", previousResponses);
    }

    /**
     * A row with no earlier-quarter responses.
     *
     * @param condition which condition
     * @param answer the answer or null
     * @param expectedDate the expected date or null
     * @param explanation the explanation or null
     * @return the row
     */
    public static ConditionResponse of(NationalCondition condition, ConditionAnswer answer, LocalDate expectedDate,
            String explanation) {
        return new ConditionResponse(condition, answer, expectedDate, explanation, new java.util.TreeMap<>());
    }

    /**
     * @param previous earlier quarters' answers
     * @return this row with those earlier answers
     */
    public ConditionResponse withPreviousResponses(Map<Quarter, ConditionAnswer> previous) {
        return new ConditionResponse(condition, answer, expectedDate, explanation, new java.util.TreeMap<>(previous));
    }
}
