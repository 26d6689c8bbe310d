package dev.bcfkit.rules.returns;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.SectionCompletion;
import dev.bcfkit.rules.editions.ReturnProfile;
import java.util.List;

/**
 * The template's "No. of questions answered" checklist for a return: the 2016/17 counts of the
 * cover sheets ({@link Checklist2016}) and the derived 2017-19 counts ({@link Checklist2017}).
 */
public final class QuestionCompletion {
    private QuestionCompletion() {
    }

    /**
     * @param r the return
     * @param ctx the context it is judged in; its edition and period decide the sections
     * @return the checklist rows in cover-sheet order; empty for an edition that is not a return
     */
    public static List<SectionCompletion> of(QuarterlyReturn r, RuleContext ctx) {
        if (ctx.period() == null || !ReturnProfile.profiled(ctx.edition())) {
            return List.of();
        }
        ReturnProfile profile = ReturnProfile.of(ctx.edition());
        return switch (profile.checklist()) {
            case COVER_SHEET_2016 -> Checklist2016.sections(r, ctx.period().quarter());
            case DERIVED_2017_19 -> Checklist2017.sections(r, ctx.edition(), ctx.period());
        };
    }
}
