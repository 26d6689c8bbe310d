package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeeBasis;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of the complete sample returns for the return checks' tests: personal health budget
 * figures, a go-live date, a condition answer, a fee-basis answer, the financial commentary.
 */
final class ReturnCheckEdits {
    private ReturnCheckEdits() {
    }

    /** @return the 2016/17 return for {@code q} with these PHB figures */
    static QuarterlyReturn phb(Quarter q, Long total, Long added, Long stopped, BigDecimal rate, Long population) {
        QuarterlyReturn r = ReturnSamples.complete2016(q);
        AdditionalMeasures am = r.additionalMeasures();
        AdditionalMeasures.PersonalHealthBudgets p = am.personalHealthBudgets();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), am.openApiProgress(), am.integratedCareRecordPilot(),
                new AdditionalMeasures.PersonalHealthBudgets(total, added, stopped,
                        p.percentInContinuingHealthcare(), rate, population, p.populationLabel()),
                am.integratedCareTeams()));
    }

    /** @return the 2016/17 Q1 return with one setting's go-live date and status replaced */
    static QuarterlyReturn goLive(CareSetting setting, String status, String date) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        AdditionalMeasures am = r.additionalMeasures();
        Map<CareSetting, AdditionalMeasures.OpenApiProgress> progress = new EnumMap<>(CareSetting.class);
        progress.putAll(am.openApiProgress());
        progress.put(setting, new AdditionalMeasures.OpenApiProgress(status, date));
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), progress, am.integratedCareRecordPilot(),
                am.personalHealthBudgets(), am.integratedCareTeams()));
    }

    /** @return the 2016/17 Q1 return with the Digital Integrated Care Record pilot answer and the acute care teams answer */
    static QuarterlyReturn pilotAndTeams(String pilot, String acute) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        AdditionalMeasures am = r.additionalMeasures();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), am.openApiProgress(), pilot, am.personalHealthBudgets(),
                new AdditionalMeasures.IntegratedCareTeams(am.integratedCareTeams().nonAcute(), acute)));
    }

    /** @return the 2016/17 Q1 return with the Open API matrix's answer for sharing {@code from} one setting {@code to} another */
    static QuarterlyReturn sharing(CareSetting from, CareSetting to, String answer) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        AdditionalMeasures am = r.additionalMeasures();
        Map<CareSetting, Map<CareSetting, String>> sharing = new EnumMap<>(CareSetting.class);
        am.dataSharing().forEach((f, row) -> sharing.put(f, new EnumMap<>(row)));
        sharing.computeIfAbsent(from, f -> new EnumMap<>(CareSetting.class)).put(to, answer);
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), sharing, am.openApiProgress(), am.integratedCareRecordPilot(),
                am.personalHealthBudgets(), am.integratedCareTeams()));
    }

    /** @return the 2016/17 Q1 return with the non-acute integrated care teams answer */
    static QuarterlyReturn nonAcuteTeams(String nonAcute) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        AdditionalMeasures am = r.additionalMeasures();
        return ReturnEdits.additionalMeasures(r, new AdditionalMeasures(am.nhsNumberOnCorrespondence(),
                am.nhsNumberRetrieval(), am.dataSharing(), am.openApiProgress(), am.integratedCareRecordPilot(),
                am.personalHealthBudgets(), new AdditionalMeasures.IntegratedCareTeams(nonAcute,
                        am.integratedCareTeams().acute())));
    }

    /** @return the return with the row of {@code condition} answered {@code answer} (explained and dated) */
    static QuarterlyReturn answer(QuarterlyReturn r, NationalCondition condition, ConditionAnswer answer) {
        List<ConditionResponse> rows = new ArrayList<>(r.nationalConditions());
        for (int i = 0; i < rows.size(); i++) {
            ConditionResponse old = rows.get(i);
            if (old.condition() == condition) {
                rows.set(i, new ConditionResponse(condition, answer, answer == ConditionAnswer.YES ? null
                        : LocalDate.of(2017, 3, 31), answer == ConditionAnswer.YES ? null : "being agreed",
                        old.previousResponses()));
            }
        }
        return ReturnEdits.conditions(r, rows);
    }

    /** @return the 2018/19 return with these fee-basis answers */
    static QuarterlyReturn feeBasis(Map<FeeBasisItem, YesNo> basis) {
        QuarterlyReturn r = ReturnSamples.complete2018();
        return ReturnEdits.additionalIbcf(r, r.additionalIbcf().withFeeBasis(new FeeBasis(basis)));
    }

    /**
     * @return the 2016/17 return for {@code q} whose previously returned income forecast for Q4
     *     was {@code previousQ4}, with the given financial commentary
     */
    static QuarterlyReturn forecastAmended(Quarter q, Money previousQ4, String commentary) {
        QuarterlyReturn r = ReturnSamples.complete2016(q);
        IncomeAndExpenditure ie = r.incomeAndExpenditure();
        QuarterlyFigures f = ie.income().forecast();
        FundFlow before = new FundFlow(ie.income().plan(), f.with(Quarter.Q4, previousQ4), ie.income().actual(), null);
        return ReturnEdits.incomeAndExpenditure(r, new IncomeAndExpenditure(ie.pooledFund(), ie.income(),
                ie.expenditure(), commentary, new IncomeAndExpenditure.PreviouslyReturned(before, ie.expenditure())));
    }
}
