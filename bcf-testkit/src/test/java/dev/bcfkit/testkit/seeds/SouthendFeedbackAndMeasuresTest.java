package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.SouthendFixture.FIRST_QUARTER;
import static dev.bcfkit.testkit.seeds.SouthendFixture.OTHER_QUARTER;
import static dev.bcfkit.testkit.seeds.SouthendFixture.POOLED_FUND;
import static dev.bcfkit.testkit.seeds.SouthendFixture.SEED;
import static dev.bcfkit.testkit.seeds.SouthendFixture.metric;
import static dev.bcfkit.testkit.seeds.SouthendFixture.quarter;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.OpenApiProgress;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.IncomeAndExpenditure;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.YearEndFeedback;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Southend-on-Sea's four 2016/17 returns as golden fixtures, year-end feedback, additional measures and the narrative: first what the model holds,
 * then the same values read back from the seed text itself ({@code docs/papers/002_a976cd69fb4e90aa.txt},
 * on the test classpath as {@code /seeds/}, see this module's pom) at the lines the transcription cites.
 */
class SouthendFeedbackAndMeasuresTest {

    /** What the model holds. */
    @Nested
    class TheModel {

        @Test
        void yearEndFeedbackOnlyInQ4() {
            for (int n = 1; n <= 3; n++) {
                assertNull(quarter(n).yearEndFeedback());
            }
            YearEndFeedback f = SouthendReturns.q4().yearEndFeedback();
            assertEquals(7, f.statements().size());
            assertTrue(f.statements().stream().allMatch(s -> "Agree".equals(s.response()) && s.comment() == null));
            assertTrue(f.statements().get(3).statement().contains("contributed positively to maging the levels"));
            assertEquals(List.of("the commissioning of a complex care co-ordination service",
                    "the development of a Locality approach", "the introdcution of a moderate needs MDT"),
                    f.successes().stream().map(YearEndFeedback.CategorisedResponse::response).collect(Collectors.toList()));
            assertEquals(List.of(FeedbackCategory.COLLABORATIVE_WORKING, FeedbackCategory.SHARED_VISION,
                    FeedbackCategory.COLLABORATIVE_WORKING),
                    f.successes().stream().map(YearEndFeedback.CategorisedResponse::category).collect(Collectors.toList()));
            assertEquals(List.of("idata sharind", "governance", "tinance"),
                    f.challenges().stream().map(YearEndFeedback.CategorisedResponse::response).collect(Collectors.toList()));
            assertEquals(List.of(FeedbackCategory.DIGITAL_INTEROPERABILITY, FeedbackCategory.MANAGING_CHANGE,
                    FeedbackCategory.DELIVERING_ACROSS_INTERFACES),
                    f.challenges().stream().map(YearEndFeedback.CategorisedResponse::category).collect(Collectors.toList()));
        }

        @Test
        void additionalMeasuresEveryQuarter() {
            for (QuarterlyReturn r : SouthendReturns.all()) {
                AdditionalMeasures m = r.additionalMeasures();
                assertEquals(List.of(CareSetting.values()), new ArrayList<>(m.nhsNumberOnCorrespondence().keySet()));
                assertEquals(YesNo.NO, m.nhsNumberOnCorrespondence().get(CareSetting.MENTAL_HEALTH));
                assertEquals(YesNo.NO, m.nhsNumberOnCorrespondence().get(CareSetting.SPECIALISED_PALLIATIVE));
                assertEquals(YesNo.YES, m.nhsNumberOnCorrespondence().get(CareSetting.GP));
                assertTrue(m.nhsNumberRetrieval().values().stream().allMatch(a -> a == YesNo.YES));
                assertEquals(6, m.nhsNumberRetrieval().size());
                assertEquals(6, m.dataSharing().size());
                long shared = m.dataSharing().values().stream().flatMap(row -> row.values().stream())
                        .filter("Shared via Open API"::equals).count();
                long notShared = m.dataSharing().values().stream().flatMap(row -> row.values().stream())
                        .filter("Not currently shared digitally"::equals).count();
                assertEquals(18, shared);
                assertEquals(18, notShared);
                assertEquals("Shared via Open API",
                        m.dataSharing().get(CareSetting.SOCIAL_CARE).get(CareSetting.SOCIAL_CARE));
                assertEquals(new OpenApiProgress("In development", "31/03/17"), m.openApiProgress().get(CareSetting.GP));
                for (CareSetting s : CareSetting.values()) {
                    assertEquals("31/03/17", m.openApiProgress().get(s).projectedGoLive());
                    if (s != CareSetting.GP) {
                        assertNull(m.openApiProgress().get(s).status(), "blank in the text: " + s);
                    }
                }
                assertEquals("Pilot being scoped", m.integratedCareRecordPilot());
                assertEquals("Yes - in some parts of Health and Wellbeing Board area",
                        m.integratedCareTeams().nonAcute());
            }
            List<String> acute = SouthendReturns.all().stream()
                    .map(r -> r.additionalMeasures().integratedCareTeams().acute()).collect(Collectors.toList());
            assertEquals(List.of("Yes - throughout the Health and Wellbeing Board area",
                    "Yes - throughout the Health and Wellbeing Board area",
                    "Yes - throughout the Health and Wellbeing Board area",
                    "Yes - in some parts of Health and Wellbeing Board area"), acute);
        }

        @Test
        void personalHealthBudgetsRateAsShownAgreesWithTheExactRate() {
            List<String> shown = List.of("13", "13.3", "13.3", "13");
            List<Population> populations = List.of(SouthendReturns.phbPopulation2016(),
                    SouthendReturns.phbPopulation2016(), SouthendReturns.phbPopulation2016(),
                    SouthendReturns.phbPopulation2017());
            for (int n = 1; n <= 4; n++) {
                PersonalHealthBudgets phb = quarter(n).additionalMeasures().personalHealthBudgets();
                assertEquals(24L, phb.total());
                assertEquals(7L, phb.newInQuarter());
                assertEquals(17L, phb.stoppedInQuarter());
                assertEquals(new BigDecimal("94"), phb.percentInContinuingHealthcare());
                assertEquals(new BigDecimal(shown.get(n - 1)), phb.ratePer100kShown());
                Population population = populations.get(n - 1);
                assertEquals(population.count(), phb.population());
                assertEquals(n == 4 ? "Mid 2017" : "Mid 2016", phb.populationLabel());
                assertEquals(quarter(n).period().calendarYear(), population.calendarYear(),
                        "Q4 uses the next calendar year's population [002:2581]");
                // The template shows the rate at 0 or 1 decimal places; computing it at 10 and
                // rounding HALF_UP to the shown scale gives the shown value.
                BigDecimal exact = BigDecimal.valueOf(phb.total()).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(population.count()), 10, RoundingMode.HALF_UP);
                assertEquals(phb.ratePer100kShown(), exact.setScale(phb.ratePer100kShown().scale(), RoundingMode.HALF_UP));
            }
        }

        @Test
        void populationsForThePersonalHealthBudgetRate() {
            assertEquals(new Population(AgeBand.ALL_AGES, 2016, 180_589, "ONS SNPP Interim 2014-based, mid 2016"),
                    SouthendReturns.phbPopulation2016());
            assertEquals(new Population(AgeBand.ALL_AGES, 2017, 182_046, "ONS SNPP Interim 2014-based, mid 2017"),
                    SouthendReturns.phbPopulation2017());
        }

        @Test
        void narrativeLengthMatchesTheRemainingCharactersCounter() {
            // Line feeds count one character each (as Excel's LEN counts them); paragraphs are
            // separated by an empty line. The counter is then exactly 2 below 32,767 - length in
            // every quarter: 2 characters the rendering does not show (see SouthendNarratives).
            List<Integer> counters = List.of(31_872, 31_872, 31_593, 31_605); // [002:1161] [002:1772] [002:2165] [002:2591]
            List<Integer> lengths = List.of(893, 893, 1172, 1160);
            for (int n = 1; n <= 4; n++) {
                String text = quarter(n).narrative().progress();
                assertEquals(lengths.get(n - 1), text.length(), "Q" + n);
                assertEquals(counters.get(n - 1) + 2, 32_767 - text.length(), "Q" + n);
                assertTrue(text.startsWith("Non Elective, residential admissions and DToC\n\nWe are delighted"));
                assertTrue(text.endsWith("\n\nIncome & Expenditure\n\nIncome & Expenditure has remained on plan."));
                assertFalse(text.contains("\r"));
                assertNull(quarter(n).narrative().successStory(), "2017-19 only");
            }
            assertEquals(SouthendReturns.q1().narrative(), SouthendReturns.q2().narrative());
            assertEquals(12, SouthendReturns.q3().narrative().progress().length()
                    - SouthendReturns.q4().narrative().progress().length());
            assertEquals(31_605 - 31_593, SouthendReturns.q3().narrative().progress().length()
                    - SouthendReturns.q4().narrative().progress().length());
            assertTrue(SouthendReturns.q3().narrative().progress().contains("Essex Success Regime"));
            assertTrue(SouthendReturns.q4().narrative().progress().contains("engagement with the STP."));
        }
    }

    /** The cited seed lines hold what the model holds. */
    @Nested
    class AgainstTheSeed {
        private final Seed seed = Seed.load(SEED);

        @Test
        void yearEndFeedback() {
            YearEndFeedback f = SouthendReturns.q4().yearEndFeedback();
            for (int i = 0; i < 7; i++) {
                int line = 2476 + i;
                String rendered = seed.cell(line, 0).strip().replace("<u>Th</u> e", "The");
                String expected = i == 0 ? f.statements().get(0).statement() : (i + 1) + ". " + f.statements().get(i).statement();
                assertEquals(expected, rendered, "line " + line);
                assertEquals(f.statements().get(i).response(), seed.cell(line, 1));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(List.of("Success " + (i + 1), f.successes().get(i).response(),
                        f.successes().get(i).category().label()), seed.cells(2490 + i));
                List<String> challenge = seed.cells(2496 + i);
                assertEquals(List.of(f.challenges().get(i).response(), f.challenges().get(i).category().label()),
                        challenge.subList(1, 3));
                assertEquals(i == 1 ? "_" : "Challenge " + (i + 1), challenge.get(0), "the lost label is \"_\"");
            }
        }

        @Test
        void additionalMeasures() {
            int[][] nhsNumber = {{1097, 1099}, {1706, 1708}, {2097, 2100}, {2527, 2529}};
            int[][] sharingRows = {{1107, 1109, 1111, 1113, 1115, 1117}, {1716, 1718, 1720, 1722, 1724, 1726},
                {2108, 2110, 2112, 2114, 2116, 2118}, {2537, 2539, 2541, 2543, 2545, 2547}};
            int[][] openApi = {{1122, 1123}, {1731, 1732}, {2123, 2124}, {2552, 2553}};
            int[] pilot = {1128, 1737, 2128, 2558};
            for (int n = 1; n <= 4; n++) {
                AdditionalMeasures m = quarter(n).additionalMeasures();
                assertEquals(labels(m.nhsNumberOnCorrespondence()), seed.lastCells(nhsNumber[n - 1][0], 6));
                assertEquals(labels(m.nhsNumberRetrieval()), seed.lastCells(nhsNumber[n - 1][1], 6));
                for (CareSetting from : CareSetting.values()) {
                    int line = sharingRows[n - 1][from.ordinal()];
                    // The second rendered line of a row holds "Shared via Open API" or the "digitally"
                    // that ends "Not currently shared digitally".
                    List<String> rendered = seed.lastCells(line, 6).stream()
                            .map(c -> c.equals("digitally") ? "Not currently shared digitally" : c)
                            .collect(Collectors.toList());
                    assertEquals(new ArrayList<>(m.dataSharing().get(from).values()), rendered, "line " + line);
                }
                List<String> status = seed.cells(openApi[n - 1][0]);
                assertEquals("Progress status", status.get(0));
                assertEquals(m.openApiProgress().values().stream().map(p -> p.status() == null ? "" : p.status())
                        .collect(Collectors.toList()), padded(status.subList(1, status.size()), 6));
                assertEquals(m.openApiProgress().values().stream().map(OpenApiProgress::projectedGoLive)
                        .collect(Collectors.toList()), seed.lastCells(openApi[n - 1][1], 6));
                assertEquals(m.integratedCareRecordPilot(), seed.cell(pilot[n - 1], 1));
            }
        }

        @Test
        void personalHealthBudgetsAndPopulations() {
            int[][] labelled = {{1134, 1135, 1136, 1137, 1139, 1140}, {1743, 1744, 1745, 1746, 1748, 1749},
                {2135, 2136, 2138, 2139, 2140, 2142}, {2562, 2563, 2564, 2565, 2567, 2568}};
            for (int n = 1; n <= 4; n++) {
                PersonalHealthBudgets phb = quarter(n).additionalMeasures().personalHealthBudgets();
                int[] l = labelled[n - 1];
                assertEquals(String.valueOf(phb.total()), seed.lastCell(l[0]));
                assertEquals(phb.ratePer100kShown().toPlainString(), seed.lastCell(l[1]));
                assertEquals(String.valueOf(phb.newInQuarter()), seed.lastCell(l[2]));
                assertEquals(String.valueOf(phb.stoppedInQuarter()), seed.lastCell(l[3]));
                assertEquals(phb.percentInContinuingHealthcare().toPlainString() + "%", seed.lastCell(l[4]));
                String population = String.format(java.util.Locale.UK, "%,d", phb.population());
                assertTrue(seed.line(l[5]).matches("Population \\(" + phb.populationLabel() + "\\)[\t ]" + population),
                        seed.line(l[5]));
            }
            assertTrue(seed.line(1140).endsWith(String.format(java.util.Locale.UK, "%,d",
                    SouthendReturns.phbPopulation2016().count())));
            assertTrue(seed.line(2568).endsWith(String.format(java.util.Locale.UK, "%,d",
                    SouthendReturns.phbPopulation2017().count())));
            assertTrue(seed.line(1153).contains("Interim 2014-based"));
            assertTrue(seed.line(2581).contains("mid-year 2017 estimates"));
        }

        @Test
        void integratedCareTeams() {
            int[][] lines = {{1144, 1147}, {1753, 1756}, {2146, 2149}, {2572, 2575}};
            for (int n = 1; n <= 4; n++) {
                AdditionalMeasures.IntegratedCareTeams teams = quarter(n).additionalMeasures().integratedCareTeams();
                int nonAcute = lines[n - 1][0];
                int acute = lines[n - 1][1];
                assertEquals(teams.nonAcute(), seed.lastCellsWrapped(nonAcute, nonAcute + 2), "Q" + n);
                assertEquals(teams.acute(), seed.lastCellsWrapped(acute, acute + 2), "Q" + n);
            }
        }

        @Test
        void narratives() {
            int[][] paragraphs = {{1165, 1167, 1169, 1171}, {1786, 1788, 1790, 1792},
                {2179, 2181, 2183, 2185, 2187}, {2605, 2607, 2609, 2611, 2613}};
            int[] promptLines = {1163, 1784, 2177, 2603};
            int[] counterLines = {1161, 1772, 2165, 2591};
            for (int n = 1; n <= 4; n++) {
                String text = quarter(n).narrative().progress();
                assertTrue(seed.line(promptLines[n - 1]).endsWith(" " + SouthendNarratives.HEADING));
                String rebuilt = SouthendNarratives.HEADING + Arrays.stream(paragraphs[n - 1])
                        .mapToObj(seed::line).map(p -> "\n\n" + p).collect(Collectors.joining());
                assertEquals(rebuilt, text, "Q" + n);
                for (int line = paragraphs[n - 1][0]; line < paragraphs[n - 1][paragraphs[n - 1].length - 1]; line += 2) {
                    assertEquals("", seed.line(line + 1), "one empty line between paragraphs");
                }
                String counter = seed.line(counterLines[n - 1]).replaceAll(".*?([0-9]{2},[0-9]{3})$", "$1");
                int remaining = Integer.parseInt(counter.replace(",", ""));
                assertEquals(remaining + 2, 32_767 - text.length(), "Q" + n + " remaining " + counter);
            }
        }

        private List<String> labels(Map<CareSetting, YesNo> answers) {
            return answers.values().stream().map(YesNo::label).collect(Collectors.toList());
        }

        private List<String> padded(List<String> cells, int size) {
            List<String> out = new ArrayList<>(cells);
            while (out.size() < size) {
                out.add("");
            }
            return out;
        }
    }
}
