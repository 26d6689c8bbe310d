package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeBasis;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Defects of the return checks on submission, condition commitments, personal health budgets,
 * Open API go-live dates, the fee basis and the improved BCF's uses.
 */
final class ReturnCheckDefects {
    /** The period whose template states the deadline ({@code [002:1185]}). */
    private static final ReportingPeriod DEADLINE_PERIOD = ReportingPeriod.parse("2016/17 Q2");
    /** "by midday on 25th November 2016" ({@code [002:1181]}). */
    private static final LocalDate DEADLINE = LocalDate.of(2016, 11, 25);

    private ReturnCheckDefects() {
    }

    /** @return a 2016/17 Q2 return submitted after 25 November 2016 */
    static Defect<QuarterlyReturn> submittedLate() {
        return Defect.random("COVER-SUBMITTED-BY-DEADLINE", "a 2016/17 Q2 return submitted after 25 November 2016",
                r -> DEADLINE_PERIOD.equals(r.period()) && r.cover() != null,
                r -> Arbitraries.integers().between(1, 120).map(days -> ReturnEdits.cover(r,
                        r.cover().withSubmittedOn(DEADLINE.plusDays(days)))));
    }

    /** @return 2016/17 condition 2 answered "No", with its explanation and date */
    static Defect<QuarterlyReturn> socialCareNotProtected() {
        return Defect.of("COND-SOCIAL-CARE-PROTECTED", "2016/17 condition 2 (social care) answered No",
                r -> indexOf(r, NationalCondition.NC2016_2) >= 0,
                r -> ReturnEdits.conditions(r, ReturnEdits.replace(r.nationalConditions(),
                        indexOf(r, NationalCondition.NC2016_2), old -> new ConditionResponse(old.condition(),
                                ConditionAnswer.NO, Conditions.dateRequired(r.period())
                                        ? r.period().lastDay().plusDays(30) : null,
                                "Social care protection is being renegotiated.", old.previousResponses()))));
    }

    /** @return more new personal health budgets than those in place at the end plus those stopped */
    static Defect<QuarterlyReturn> phbStockAndFlow() {
        return Defect.random("PHB-STOCK-AND-FLOW", "more new PHBs than in place at the end plus stopped",
                r -> phb(r) != null && phb(r).total() != null && phb(r).stoppedInQuarter() != null
                        && phb(r).newInQuarter() != null,
                r -> Arbitraries.longs().between(1, 1_000).map(extra -> {
                    AdditionalMeasures.PersonalHealthBudgets p = phb(r);
                    return withPhb(r, new AdditionalMeasures.PersonalHealthBudgets(p.total(),
                            p.total() + p.stoppedInQuarter() + extra, p.stoppedInQuarter(),
                            p.percentInContinuingHealthcare(), p.ratePer100kShown(), p.population(),
                            p.populationLabel()));
                }));
    }

    /** @return a PHB rate shown that disagrees with the total and the population */
    static Defect<QuarterlyReturn> phbRateDisagrees() {
        return Defect.random("PHB-RATE-AGREES", "a PHB rate per 100,000 that is not the total per population",
                r -> phb(r) != null && phb(r).ratePer100kShown() != null && phb(r).total() != null
                        && phb(r).population() != null && phb(r).population() > 0,
                r -> Arbitraries.integers().between(1, 500).map(tenths -> {
                    AdditionalMeasures.PersonalHealthBudgets p = phb(r);
                    return withPhb(r, new AdditionalMeasures.PersonalHealthBudgets(p.total(), p.newInQuarter(),
                            p.stoppedInQuarter(), p.percentInContinuingHealthcare(),
                            p.ratePer100kShown().add(BigDecimal.valueOf(tenths, 1)), p.population(),
                            p.populationLabel()));
                }));
    }

    /** @return a projected go-live date that is neither dd/mm/yy nor "Live" */
    static Defect<QuarterlyReturn> goLiveNotADate() {
        return Defect.random("AM-GO-LIVE-DATE", "a projected Open API go-live date neither dd/mm/yy nor Live",
                r -> r.additionalMeasures() != null && !r.additionalMeasures().openApiProgress().isEmpty(),
                r -> Arbitraries.of(new ArrayList<>(r.additionalMeasures().openApiProgress().keySet()))
                        .flatMap(setting -> Arbitraries.of("31/02/17", "2017-03-31", "next spring", "31/3/2017")
                                .map(date -> withGoLive(r, setting, date))));
    }

    /** @return a fee-basis item answered against the instructions */
    static Defect<QuarterlyReturn> feeBasisContrary() {
        return Defect.random("FEE-BASIS", "an average fee recorded as including what it excludes, or the reverse",
                r -> r.additionalIbcf() != null,
                r -> Arbitraries.of(FeeBasisItem.class).map(item -> {
                    AdditionalIbcf ibcf = r.additionalIbcf();
                    Map<FeeBasisItem, YesNo> basis = new EnumMap<>(FeeBasisItem.class);
                    if (ibcf.feeBasis() != null) {
                        basis.putAll(ibcf.feeBasis().answers());
                    }
                    basis.put(item, item.included() ? YesNo.NO : YesNo.YES);
                    return ReturnEdits.ibcf(r, ibcf.withFeeBasis(new FeeBasis(basis)));
                }));
    }

    /** @return a use of the improved BCF recorded without a purpose */
    static Defect<QuarterlyReturn> ibcfUseWithoutPurpose() {
        return Defect.of("IBCF-USE-PURPOSE", "a use of the improved BCF recorded without one of its three purposes",
                r -> r.period() != null && Edition.ofReturn(r.period().year()) != Edition.QUARTERLY_2016_17,
                r -> {
                    ImprovedBcfProgress p = r.improvedBcfProgress();
                    List<ImprovedBcfProgress.Use> uses = new ArrayList<>(p == null ? List.of() : p.uses());
                    uses.add(new ImprovedBcfProgress.Use("Falls prevention", null, null));
                    return r.withImprovedBcfProgress(new ImprovedBcfProgress(uses,
                            p == null ? null : p.progressReportsSubmitted()));
                });
    }

    private static int indexOf(QuarterlyReturn r, NationalCondition c) {
        List<ConditionResponse> rows = r.nationalConditions();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).condition() == c && rows.get(i).answer() == ConditionAnswer.YES) {
                return i;
            }
        }
        return -1;
    }

    private static AdditionalMeasures.PersonalHealthBudgets phb(QuarterlyReturn r) {
        return r.additionalMeasures() == null ? null : r.additionalMeasures().personalHealthBudgets();
    }

    private static QuarterlyReturn withPhb(QuarterlyReturn r, AdditionalMeasures.PersonalHealthBudgets phb) {
        AdditionalMeasures am = r.additionalMeasures();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), am.openApiProgress(), am.integratedCareRecordPilot(), phb,
                am.integratedCareTeams()));
    }

    private static QuarterlyReturn withGoLive(QuarterlyReturn r, CareSetting setting, String date) {
        AdditionalMeasures am = r.additionalMeasures();
        Map<CareSetting, AdditionalMeasures.OpenApiProgress> progress = new EnumMap<>(CareSetting.class);
        progress.putAll(am.openApiProgress());
        AdditionalMeasures.OpenApiProgress old = progress.get(setting);
        progress.put(setting, new AdditionalMeasures.OpenApiProgress(old == null ? null : old.status(), date));
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), progress, am.integratedCareRecordPilot(),
                am.personalHealthBudgets(), am.integratedCareTeams()));
    }
}
