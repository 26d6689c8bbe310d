package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.YearEndFeedback;
import dev.bcfkit.core.returns.YearEndFeedback.CategorisedResponse;
import dev.bcfkit.core.returns.YearEndFeedback.StatementResponse;
import java.util.List;

/**
 * Southend's Q4 2016/17 "Year End Feedback on the Better Care Fund in 2016-17" tab
 * ({@code [002:2467-2514]}): "Agree" to all seven statements with no comments, three successes
 * and three challenges, each categorised. Statements are stored without their "1." ... "7."
 * numbers (the list order is the number; statement 1 lost its number in the rendering).
 * Responses are kept as typed, OCR noise included ("idata sharind", "tinance").
 */
final class SouthendYearEndFeedback {
    private SouthendYearEndFeedback() {
    }

    static YearEndFeedback q4() {
        return new YearEndFeedback(
                List.of(
                        agree("The overall delivery of the BCF has improved joint working between health and social "
                                + "care in our locality"), // [002:2476]
                        agree("Our BCF schemes were implemented as planned in 2016/17"), // [002:2477]
                        agree("The delivery of our BCF plan in 2016/17 had a positive impact on the integration of "
                                + "health and social care in our locality"), // [002:2478]
                        // [002:2479] renders "<u>Th</u> e delivery": underline markup of the renderer,
                        // dropped; "maging" is the template's own typo, kept.
                        agree("The delivery of our BCF plan in 2016/17 has contributed positively to maging the "
                                + "levels of Non-Elective Admissions"),
                        agree("The delivery of our BCF plan in 2016/17 has contributed positively to managing the "
                                + "levels of Delayed Transfers of Care"), // [002:2480]
                        agree("The delivery of our BCF plan in 2016/17 has contributed positively to managing the "
                                + "proportion of older people (aged 65 and over) who were still at home 91 days after "
                                + "discharge from hospital into reablement/rehabilitation services"), // [002:2481]
                        agree("The delivery of our BCF plan in 2016/17 has contributed positively to managing the rate "
                                + "of residential and nursing care home admissions for older people (aged 65 and "
                                + "over)")), // [002:2482]
                List.of(
                        // "8. What have been your greatest successes ..." [002:2488-2489]
                        new CategorisedResponse("the commissioning of a complex care co-ordination service",
                                FeedbackCategory.COLLABORATIVE_WORKING), // Success 1 [002:2490]
                        new CategorisedResponse("the development of a Locality approach",
                                FeedbackCategory.SHARED_VISION), // Success 2 [002:2491]
                        new CategorisedResponse("the introdcution of a moderate needs MDT",
                                FeedbackCategory.COLLABORATIVE_WORKING)), // Success 3 [002:2492], "introdcution" as typed
                List.of(
                        // "9. What have been your greatest challenges ..." [002:2494-2495]
                        new CategorisedResponse("idata sharind",
                                FeedbackCategory.DIGITAL_INTEROPERABILITY), // Challenge 1 [002:2496], OCR as rendered
                        // [002:2497]: the row label "Challenge 2" renders as "_"; the model keeps no row
                        // labels, and the response and category are legible.
                        new CategorisedResponse("governance", FeedbackCategory.MANAGING_CHANGE),
                        new CategorisedResponse("tinance",
                                FeedbackCategory.DELIVERING_ACROSS_INTERFACES))); // Challenge 3 [002:2498], OCR as rendered
    }

    /** "Agree", with the comment box blank (every statement, [002:2476-2482]). */
    private static StatementResponse agree(String statement) {
        return new StatementResponse(statement, "Agree", null);
    }
}
