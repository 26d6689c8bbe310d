package dev.bcfkit.rules.editions;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.rules.RuleContext;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The quarterly-return editions a rule applies to, named once: every return, the
 * 2016/17 return ({@code [002:854-2613]}), the 2017-19 returns ({@code [000:180-254]},
 * {@code [004]}) and the 2018/19 return alone; and the quarter-specific facts of the 2016/17
 * template, whose sections change from Q1 to Q4.
 */
public final class ReturnEditions {
    /** Every quarterly-return edition. */
    public static final Set<Edition> ALL = where(p -> true);
    /** The 2016/17 return. */
    public static final Set<Edition> Y2016 = Collections.unmodifiableSet(EnumSet.of(Edition.QUARTERLY_2016_17));
    /** The returns of the 2017-19 Policy Framework: 2017/18 and 2018/19. */
    public static final Set<Edition> Y2017_19 = where(ReturnProfile::followsPolicy2017To19);
    /** The 2018/19 return. */
    public static final Set<Edition> Y2018 = Collections.unmodifiableSet(EnumSet.of(Edition.QUARTERLY_2018_19));

    /**
     * Where the papers show a template: all four 2016/17 returns ({@code [002:854-2613]}), but only
     * the Q2 return of 2017/18 ({@code [000:180-254]}) and of 2018/19 ({@code [004]}).
     */
    public static final String SHOWN = "the 2016/17 returns [002] and the Q2 returns of 2017/18 [000] and 2018/19 [004]";

    /** The 2018/19 return the papers show: Q2 ({@code [004]}). */
    public static final String SHOWN_2018 = "the Q2 2018/19 return [004]";

    private ReturnEditions() {
    }

    /**
     * @param fact a fact of an edition's profile
     * @return the quarterly-return editions whose profile has it, in edition order
     */
    public static Set<Edition> where(Predicate<ReturnProfile> fact) {
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        for (ReturnProfile p : ReturnProfile.values()) {
            if (fact.test(p)) {
                editions.add(p.edition());
            }
        }
        return Collections.unmodifiableSet(editions);
    }

    /**
     * @param context the context of a return
     * @return whether the papers show the template of its edition and quarter ({@link #SHOWN}); a
     *     return without a period is judged as shown
     */
    public static boolean shown(RuleContext context) {
        return context.period() == null || ReturnProfile.of(context.edition()).shown(context.period().quarter());
    }

    /**
     * @param context the context of a return
     * @return whether it is the 2016/17 Q4 return, the only one with year-end feedback and without
     *     "No - In Progress" and the expected-date column ({@code [002:2242]}, {@code [002:2467]})
     */
    public static boolean is2016Q4(RuleContext context) {
        return context.edition() == Edition.QUARTERLY_2016_17 && quarter(context) == Quarter.Q4;
    }

    /**
     * @param context the context of a return
     * @return the quarter reported on; Q1 if the context has no period
     */
    public static Quarter quarter(RuleContext context) {
        return context.period() == null ? Quarter.Q1 : context.period().quarter();
    }
}
