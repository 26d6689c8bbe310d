package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The 2016/17 Q4 "Year End Feedback" tab ({@code [002:2467-2514]}): seven statements with a
 * response and comment, and up to three greatest successes and three greatest challenges, each
 * categorised.
 *
 * @param statements the Part 1 statements with responses, in template order
 * @param successes up to three successes
 * @param challenges up to three challenges
 */
public record YearEndFeedback(
        @NotNull List<@Valid StatementResponse> statements,
        @NotNull List<@Valid CategorisedResponse> successes,
        @NotNull List<@Valid CategorisedResponse> challenges) {

    /**
     * @throws dev.bcfkit.core.BcfException if a list is null
     */
    public YearEndFeedback {
        statements = Components.list("statements", statements);
        successes = Components.list("successes", successes);
        challenges = Components.list("challenges", challenges);
    }

    /**
     * A statement and the board's response: "Please use the below form to indicate what extent
     * you agree with the following statements" ({@code [002:2473]}). The response scale is not in
     * the papers (only "Agree" appears), so the response is kept as text.
     *
     * @param statement the statement's exact wording
     * @param response the response, such as "Agree", or null
     * @param comment supporting information, or null
     */
    public record StatementResponse(
            @NotNull @Size(max = 10_000) String statement,
            @Size(max = 200) String response,
            @Size(max = 100_000) String comment) {
    }

    /**
     * A success or challenge with its category ({@code [002:2488-2498]}).
     *
     * @param response the free text, or null
     * @param category the category, or null if blank
     */
    public record CategorisedResponse(@Size(max = 100_000) String response, FeedbackCategory category) {
    }
}
