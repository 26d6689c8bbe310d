package dev.bcfkit.rules.pooled;

import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.funding.SocialCareContribution;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.engine.Blank;
import dev.bcfkit.rules.engine.NameIndex;
import dev.bcfkit.rules.engine.NameKey;
import dev.bcfkit.rules.engine.Pointer;
import dev.bcfkit.rules.engine.Work;
import java.util.List;
import java.util.Map;

/**
 * Rules on the pooled fund itself under the 2017-19 Policy Framework: the section 75 agreement
 * ({@code [002:460]}, {@code [002:882]}), the Disabled Facilities Grant in two-tier areas ({@code [002:467]}), and
 * amounts that cannot be negative.
 */
final class PooledFundRules {

    /**
     * DFG-PASSED-DOWN: in a two-tier area (an upper-tier county council), the county passes each
     * year's Disabled Facilities Grant down to the district councils in full, unless both tiers
     * jointly agreed otherwise. WARNING: the policy says "should". Not judged in single-tier areas,
     * without a local authority, or for a year whose allocation is blank.
     */
    static final Rule<PooledBudget> DFG_PASSED_DOWN = Rule.on(PooledBudget.class, "DFG-PASSED-DOWN")
            .requirements("R29")
            .title("In two-tier areas the Disabled Facilities Grant is passed down to the districts in full")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:467] \"DFG funding allocated by central government should be passed down by the county to"
                    + " the districts (in full, unless jointly agreed to do otherwise)\"")
            .check((budget, ctx, emit) -> {
                LocalAuthority la = budget.localAuthority();
                if (la == null || la.tier() != LocalAuthority.Tier.UPPER_TIER) {
                    return;
                }
                List<DisabledFacilitiesGrant> grants = budget.disabledFacilitiesGrants();
                for (int i = 0; i < grants.size(); i++) {
                    DisabledFacilitiesGrant g = grants.get(i);
                    if (g.jointlyAgreedToRetain() || g.allocation() == null) {
                        continue;
                    }
                    Money passed = g.totalPassedToDistricts();
                    if (passed.isLessThan(g.allocation())) {
                        emit.report(Pointer.of("disabledFacilitiesGrants", i, "passedToDistricts"),
                                "Two-tier area: of the Disabled Facilities Grant of " + g.allocation().format()
                                        + year(g.year()) + ", " + passed.format()
                                        + " is passed down to the district councils, "
                                        + g.allocation().minus(passed).format()
                                        + " short of the full grant, and there is no joint agreement to do otherwise");
                    }
                }
            });

    /**
     * POOL-SECTION-75: funds answered as not pooled via a section 75 agreement have the date
     * pooling will happen. A WARNING: the template asks for the date whenever the answer is "No"
     * ("please indicate", {@code [002:882]}), and a blank date is an incomplete budget; pooling
     * under s.75 is a requirement of the funding ({@code [002:460]}), which the message says. A
     * blank answer is POOL-SECTION-75-CONFIRMED's.
     */
    static final Rule<PooledBudget> SECTION_75 = Rule.on(PooledBudget.class, "POOL-SECTION-75")
            .requirements("R18")
            .title("Funds not pooled under section 75 have the date when they will be")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:460] \"A requirement that the BCF is transferred into one or more pooled funds established"
                    + " under section 75 of the NHS Act 2006\"; [002:882] \"If the answer to the above is 'No' please"
                    + " indicate when this will happen (DD/MM/YYYY)\". A WARNING: the template asks (\"please\"), and"
                    + " a blank date is an incomplete return")
            .check((budget, ctx, emit) -> {
                if (budget.pooledViaSection75() == YesNo.NO && budget.expectedPoolingDate() == null) {
                    emit.report(Pointer.of("expectedPoolingDate"), "The funds are not pooled via a section 75"
                            + " agreement and no date is given for when they will be; pooling under section 75 is a"
                            + " requirement of the funding");
                }
            });

    /**
     * POOL-SECTION-75-CONFIRMED: the budget confirms the funds are pooled via a section 75
     * agreement. A WARNING, not an ERROR: pooling under s.75 is a requirement of the CCG funding
     * ({@code [002:460]}), but the template itself accepts "No" with the date pooling will happen
     * ({@code [002:882]}), so such an answer is a complete, truthful return of a requirement not
     * met yet, which the board should see rather than have pass silently. A blank answer is an
     * unanswered question, an incomplete budget.
     */
    static final Rule<PooledBudget> SECTION_75_CONFIRMED = Rule.on(PooledBudget.class, "POOL-SECTION-75-CONFIRMED")
            .requirements("R18")
            .title("The funds are confirmed as pooled under section 75")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:460] pooling under section 75 is \"A requirement\" that local areas \"will need to meet to"
                    + " access the CCG elements of the funding\" [002:458]; [002:881-882] the template accepts \"No\""
                    + " with the date pooling will happen, so \"No\" plus a date is a requirement not yet met, not a"
                    + " wrong return")
            .check((budget, ctx, emit) -> {
                YesNo pooled = budget.pooledViaSection75();
                if (pooled == null) {
                    emit.report(Pointer.of("pooledViaSection75"), "Whether the funds are pooled via a section 75"
                            + " agreement is not answered"
                            + (budget.expectedPoolingDate() == null ? ""
                                    : " (a date for pooling is given: " + budget.expectedPoolingDate() + ")"));
                } else if (pooled == YesNo.NO && budget.expectedPoolingDate() != null) {
                    emit.report(Pointer.of("pooledViaSection75"), "The funds are not pooled via a section 75"
                            + " agreement yet (expected " + budget.expectedPoolingDate() + "); pooling under section"
                            + " 75 is a requirement of the funding");
                }
            });

    /**
     * POOL-CONTRIBUTIONS-NON-NEGATIVE: no amount in the pooled budget is negative: contributions,
     * the social-care baseline, planned and iBCF-funded amounts, iBCF allocations, pooled amounts,
     * total and spend forecast, and DFG allocations and pass-downs. Derived: the templates'
     * numeric cells run from 0 ({@code [002:1195]}). Blank amounts are not judged.
     */
    static final Rule<PooledBudget> NON_NEGATIVE = Rule.on(PooledBudget.class, "POOL-CONTRIBUTIONS-NON-NEGATIVE")
            .requirements("R36")
            .title("Contributions and other amounts of the pooled budget are not negative")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:1195] \"cells requiring a numerical input are restricted to values between 0 and"
                    + " 100,000,000\" (2016/17 template). Derived: the 2017-19 framework states no range, but a"
                    + " negative contribution or grant has no meaning")
            .derived()
            .check((budget, ctx, emit) -> {
                List<Contribution> contributions = budget.contributions();
                for (int i = 0; i < contributions.size(); i++) {
                    Contribution c = contributions.get(i);
                    String what = "Contribution " + (i + 1)
                            + (c.source() == null ? "" : " (" + c.source().label() + ")") + year(c.year());
                    negative(c.amount(), what, Pointer.of("contributions", i, "amount"), emit);
                }
                SocialCareContribution sc = budget.socialCare();
                if (sc != null) {
                    negative(sc.baseline(), "The 2016/17 baseline of the NHS contribution to adult social care",
                            Pointer.of("socialCare", "baseline"), emit);
                    yearly(sc.planned(), "The planned NHS contribution to adult social care", "socialCare", "planned",
                            emit);
                    yearly(sc.fundedFromIbcf(), "The iBCF-funded part of the contribution to adult social care",
                            "socialCare", "fundedFromIbcf", emit);
                }
                ImprovedBcf ibcf = budget.improvedBcf();
                if (ibcf != null) {
                    yearly(ibcf.allocations(), "The improved BCF allocation", "improvedBcf", "allocations", emit);
                    yearly(ibcf.pooled(), "The improved BCF pooled", "improvedBcf", "pooled", emit);
                    negative(ibcf.statedTotal(), "The improved BCF stated total", Pointer.of("improvedBcf",
                            "statedTotal"), emit);
                    if (ibcf.spendForecast() != null) {
                        ImprovedBcf.SpendForecast f = ibcf.spendForecast();
                        negative(f.allocation(), "The improved BCF spend forecast's allocation",
                                Pointer.of("improvedBcf", "spendForecast", "allocation"), emit);
                        negative(f.forecastSpend(), "The improved BCF forecast spend",
                                Pointer.of("improvedBcf", "spendForecast", "forecastSpend"), emit);
                        negative(f.oneOffAvailable(), "The improved BCF one-off funding",
                                Pointer.of("improvedBcf", "spendForecast", "oneOffAvailable"), emit);
                    }
                }
                List<DisabledFacilitiesGrant> grants = budget.disabledFacilitiesGrants();
                for (int i = 0; i < grants.size(); i++) {
                    DisabledFacilitiesGrant g = grants.get(i);
                    negative(g.allocation(), "The Disabled Facilities Grant" + year(g.year()),
                            Pointer.of("disabledFacilitiesGrants", i, "allocation"), emit);
                    for (Map.Entry<DistrictCouncil, Money> e : g.passedToDistricts().entrySet()) {
                        Money amount = e.getValue();
                        if (amount != null && amount.signum() < 0) {
                            String district = e.getKey().name() == null ? "a district" : e.getKey().name();
                            int at = i;
                            emit.reportLazily(() -> Pointer.of("disabledFacilitiesGrants", at, "passedToDistricts",
                                    district), () -> "The Disabled Facilities Grant" + year(g.year()) + " passed to "
                                            + Text.abbreviate(district) + " is negative: " + amount.format());
                        }
                    }
                }
            });

    /**
     * DFG-DISTRICT-DUPLICATE: a year's Disabled Facilities Grant pass-down names each district
     * council once. Names are the same when a person would read them as the same ({@link NameKey}):
     * case, leading, trailing and repeated spaces, invisible characters (a zero-width space, a
     * NUL) and the Unicode normalisation form do not count, so "Ashfield" and " ashfield" are one
     * district whose grant has been entered twice. Derived, hence a WARNING: the framework names
     * the districts ({@code [002:467]}) but no template says how they are listed.
     */
    static final Rule<PooledBudget> DFG_DISTRICT_DUPLICATE = Rule.on(PooledBudget.class, "DFG-DISTRICT-DUPLICATE")
            .requirements("R29")
            .title("Each district council appears once in a year's Disabled Facilities Grant pass-down")
            .severity(Severity.WARNING)
            .editions(Edition.POOLED_BUDGET_2017_19, Edition.PLAN_2017_19)
            .source("[002:467] \"passed down by the county to the districts\". Derived: a district listed twice is"
                    + " paid twice; names that differ only in case, spacing, invisible characters or Unicode"
                    + " normalisation are read as one name")
            .derived()
            .check((budget, ctx, emit) -> {
                List<DisabledFacilitiesGrant> grants = budget.disabledFacilitiesGrants();
                for (int i = 0; i < grants.size(); i++) {
                    DisabledFacilitiesGrant g = grants.get(i);
                    List<String> names = g.passedToDistricts().keySet().stream().map(DistrictCouncil::name).toList();
                    NameIndex first = NameIndex.of(names, NameKey::of, Work.of(ctx));
                    for (int j = 0; j < names.size(); j++) {
                        int earlier = first.firstOf(names.get(j));
                        if (earlier >= 0 && earlier != j) {
                            int at = i;
                            String name = names.get(j);
                            String earlierName = names.get(earlier);
                            emit.reportLazily(() -> Pointer.of("disabledFacilitiesGrants", at, "passedToDistricts",
                                    name), () -> "The Disabled Facilities Grant" + year(g.year()) + " is passed to '"
                                            + Text.abbreviate(name) + "' and to '" + Text.abbreviate(earlierName)
                                            + "', the same district council as a person reads the names");
                        }
                    }
                }
            });

    private PooledFundRules() {
    }

    /** @return this section's rules, in catalogue order */
    static List<Rule<PooledBudget>> all() {
        return List.of(SECTION_75, SECTION_75_CONFIRMED, DFG_PASSED_DOWN, NON_NEGATIVE, DFG_DISTRICT_DUPLICATE);
    }

    private static void yearly(Map<FinancialYear, Money> amounts, String what, String section, String field,
            Emitter emit) {
        amounts.forEach((year, amount) -> negative(amount, what + " for " + year, Pointer.of(section, field, year),
                emit));
    }

    private static void negative(Money amount, String what, String path, Emitter emit) {
        if (amount != null && amount.signum() < 0) {
            emit.report(path, what + " is negative: " + amount.format());
        }
    }

    private static String year(FinancialYear year) {
        return year == null ? "" : " for " + year;
    }
}
