package dev.bcfkit.testkit;

import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The 2016/17 Q4 year-end feedback ({@code [002:2467-2514]}): the seven Part 1 statements each
 * answered, and one to three categorised successes and challenges.
 */
final class YearEnd {
    /** The seven statements, verbatim ({@code [002:2476-2482]}). */
    static final List<String> STATEMENTS = List.of(
            "The overall delivery of the BCF has improved joint working between health and social care in our locality",
            "Our BCF schemes were implemented as planned in 2016/17",
            "The delivery of our BCF plan in 2016/17 had a positive impact on the integration of health and social "
                    + "care in our locality",
            "The delivery of our BCF plan in 2016/17 has contributed positively to maging the levels of "
                    + "Non-Elective Admissions",
            "The delivery of our BCF plan in 2016/17 has contributed positively to managing the levels of Delayed "
                    + "Transfers of Care",
            "The delivery of our BCF plan in 2016/17 has contributed positively to managing the proportion of older "
                    + "people (aged 65 and over) who were still at home 91 days after discharge from hospital into "
                    + "reablement/rehabilitation services",
            "The delivery of our BCF plan in 2016/17 has contributed positively to managing the rate of residential "
                    + "and nursing care home admissions for older people (aged 65 and over)");

    private YearEnd() {
    }

    /** @return complete year-end feedback */
    static Arbitrary<YearEndFeedback> feedback() {
        List<Arbitrary<YearEndFeedback.StatementResponse>> statements = new ArrayList<>();
        for (String s : STATEMENTS) {
            statements.add(Combinators.combine(Arbitraries.of("Agree", "Strongly Agree", "Neither Agree Nor Disagree",
                    "Disagree", "Strongly Disagree"), Texts.upTo(500).injectNull(0.5))
                    .as((response, comment) -> new YearEndFeedback.StatementResponse(s, response, comment)));
        }
        Arbitrary<YearEndFeedback.CategorisedResponse> categorised = Combinators.combine(Texts.upTo(500),
                Arbitraries.of(FeedbackCategory.class)).as(YearEndFeedback.CategorisedResponse::new);
        return Combinators.combine(Combinators.combine(statements).as(List::copyOf),
                categorised.list().ofSize(3), categorised.list().ofSize(3))
                .as(YearEndFeedback::new);
    }
}
