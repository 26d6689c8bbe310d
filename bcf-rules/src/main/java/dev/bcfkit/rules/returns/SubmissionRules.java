package dev.bcfkit.rules.returns;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * When a return was submitted, where the document records it ({@code ReturnCover.submittedOn}):
 * the one deadline the papers print, "A completed return must be submitted to the Better Care
 * Support Team inbox ... by midday on 25th November 2016" ({@code [002:1181]}), in the guidance of
 * the Q2 2016-17 template ({@code [002:1185]}), and, for every return, not before the quarter it
 * reports on has ended (derived).
 */
final class SubmissionRules {
    /** The period whose template states the deadline ({@code [002:1185]}: "template for Q2 2016-17"). */
    static final ReportingPeriod DEADLINE_PERIOD = ReportingPeriod.parse("2016/17 Q2");
    /** "by midday on 25th November 2016" ({@code [002:1181]}). */
    static final LocalDate DEADLINE = LocalDate.of(2016, 11, 25);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SubmissionRules() {
    }

    /** @return the rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(BY_DEADLINE, AFTER_QUARTER);
    }

    /**
     * COVER-SUBMITTED-BY-DEADLINE: a 2016/17 Q2 return recorded as submitted after 25 November
     * 2016 missed the deadline the template states with "must" ({@code [002:1181]}). A return
     * submitted on the 25th itself is not judged: the deadline is midday, and the record is a date.
     * No other quarter's deadline is in the papers, so no other quarter is judged.
     */
    static final Rule<QuarterlyReturn> BY_DEADLINE = Rule.on(QuarterlyReturn.class, "COVER-SUBMITTED-BY-DEADLINE")
            .title("A 2016/17 Q2 return is submitted by midday on 25 November 2016")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2016)
            .source("[002:1181] \"A completed return must be submitted to the Better Care Support Team inbox"
                    + " (england.bettercaresupport@nhs.net) by midday on 25th November 2016\"; [002:1185] \"This Excel"
                    + " data collection template for Q2 2016-17\"")
            .requirements("R72")
            .check((r, ctx, emit) -> {
                LocalDate submitted = r.cover() == null ? null : r.cover().submittedOn();
                if (submitted != null && DEADLINE_PERIOD.equals(r.period()) && submitted.isAfter(DEADLINE)) {
                    emit.report(Pointer.of("cover", "submittedOn"), "the return was submitted on "
                            + submitted.format(DAY) + ", after the deadline of midday on " + DEADLINE.format(DAY));
                }
            });

    /**
     * COVER-SUBMITTED-AFTER-QUARTER: a return is not recorded as submitted before the quarter it
     * reports on has ended: it reports "the position by the end of each quarter"
     * ({@code [002:1251]}) and actuals for the quarter ({@code [002:1249]}). Nottinghamshire's Q2
     * 2017/18 return was submitted on 17 November 2017 ({@code [000:37]}). Derived, hence a
     * WARNING: an earlier date is most likely a slip in the record.
     */
    static final Rule<QuarterlyReturn> AFTER_QUARTER = Rule.on(QuarterlyReturn.class, "COVER-SUBMITTED-AFTER-QUARTER")
            .title("A return is not submitted before the quarter it reports on has ended")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: a return reports on a quarter that has ended. [002:1251] \"Figures should reflect the"
                    + " position by the end of each quarter\"; [000:37] \"the Q2 2017/18 national report was submitted"
                    + " to NHS England on 17 November\"")
            .derived()
            .requirements("R72")
            .check((r, ctx, emit) -> {
                LocalDate submitted = r.cover() == null ? null : r.cover().submittedOn();
                if (submitted != null && r.period() != null && !submitted.isAfter(r.period().lastDay())) {
                    emit.report(Pointer.of("cover", "submittedOn"), "the return for " + r.period()
                            + " was submitted on " + submitted.format(DAY) + ", before the quarter ended on "
                            + r.period().lastDay().format(DAY));
                }
            });
}
