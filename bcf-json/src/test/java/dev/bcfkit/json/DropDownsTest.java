package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.FeedbackCategory;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.MetricAssessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every closed list the templates offer as a drop-down or print as row and column labels, as the
 * wire writes it, against the lines of the papers that print it: each label the list has is on
 * the cited line, and each label the line offers is in the list.
 */
class DropDownsTest {

    @Test
    void conditionAnswersAreTheThreeOptionsOfThe2016To17DropDown() {
        // [002:895] "Please Select ('Yes', 'No' or 'No - In Progress')"
        assertEquals(List.of("Yes", "No", "No - In Progress"), labels(ConditionAnswer.class));
        assertPrinted(2, 895, "'Yes'", "'No'", "'No - In Progress'");
        // [000:194-203]: 2017-19 confirms with Yes, as the s.75 question does
        assertEquals(List.of("Yes", "No"), labels(YesNo.class));
        assertPrinted(0, 203, "Yes");
    }

    @Test
    void maturityLevelsAreTheFiveColumnsOfTheLgaModel() {
        assertEquals(List.of("Not yet established", "Plans in place", "Established", "Mature", "Exemplary"),
                labels(MaturityLevel.class));
        assertPrinted(2, 2827, "Not yet established\tPlans in place\tEstablished\tMature\tExemplary");
    }

    @Test
    void metricAssessmentsAreEachEditionsDropDown() {
        assertEquals(List.of("On track to meet target", "Not on track to meet target",
                "On track for improved performance, but not to meet full target", "No improvement in performance",
                "Data not available to assess progress"), labels(MetricAssessment.class));
        assertPrinted(2, 1058, "On track to meet target");
        assertPrinted(2, 2457, "On track for improved performance, but not to meet full target");
        assertPrinted(2, 1666, "No improvement in performance");
        // the option is there, its label is not printed in the papers ([002:1261])
        assertPrinted(2, 1261, "there is a drop-down option to indicate this");
        assertPrinted(0, 213, "Not on track to meet target");
        assertPrinted(4, 57, "Not on track to meet target");
        assertEquals(List.of(MetricAssessment.ON_TRACK_TO_MEET_TARGET, MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET),
                MetricAssessment.forEdition(Edition.QUARTERLY_2018_19));
    }

    @Test
    void feedbackCategoriesAreTheElevenOfTheYearEndFootnote() {
        List<String> labels = labels(FeedbackCategory.class);
        assertEquals(11, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            // [002:2504-2514] "- 1. Shared vision and commitment" ... "- Other"
            assertEquals("- " + labels.get(i), seedLine(2, 2504 + i).strip());
        }
    }

    @Test
    void careSettingsAreTheSixColumnsOfTheAdditionalMeasures() {
        assertEquals(List.of("GP", "Hospital", "Social Care", "Community", "Mental health", "Specialised palliative"),
                labels(CareSetting.class));
        assertPrinted(2, 1094, String.join("\t", labels(CareSetting.class)));
    }

    @Test
    void highImpactChangesAreTheEightRowsOfThe2017To19Sheet() {
        List<String> labels = labels(HighImpactChange.class);
        assertEquals(8, labels.size());
        // [000:222-233] "Chg 1 Early discharge planning" ...; the model's own list [002:2746-2753]
        assertPrinted(0, 222, "Chg 1\t" + labels.get(0));
        assertPrinted(0, 223, "Chg 2\t" + labels.get(1));
        assertPrinted(2, 2748, "Change 3 – " + labels.get(2));
        assertPrinted(0, 225, "Chg 4\t" + labels.get(3));
        assertPrinted(0, 228, "Chg 5\t" + labels.get(4));
        assertPrinted(0, 229, "Chg 6\t" + labels.get(5));
        assertPrinted(0, 230, "Chg 7\t" + labels.get(6));
        assertPrinted(0, 233, "Chg 8\t" + labels.get(7));
    }

    @Test
    void metricsCarryTheLabelsOfThe2016To17SheetAndTheTemplatesPrintedLabelsAreRead() {
        assertPrinted(2, 1056, label(MetricKind.NON_ELECTIVE_ADMISSIONS));
        assertPrinted(2, 1078, label(MetricKind.RESIDENTIAL_ADMISSIONS));
        assertPrinted(0, 210, label(MetricKind.REABLEMENT));
        assertPrinted(4, 60, label(MetricKind.DELAYED_TRANSFERS_OF_CARE));
        assertPrinted(2, 1132, label(MetricKind.PERSONAL_HEALTH_BUDGETS));
        assertPrinted(2, 796, label(MetricKind.LOCAL));
        assertPrinted(2, 1072, label(MetricKind.PATIENT_EXPERIENCE));
        // the printed labels the reader accepts, each on its line
        Map<String, int[]> printed = Map.of("NEA", new int[] {0, 208}, "Res Admissions", new int[] {0, 209},
                "Delayed Transfers of Care*", new int[] {0, 213}, "DTOC", new int[] {2, 794},
                "Patient experience metric", new int[] {2, 798});
        assertEquals(printed.keySet(), PrintedLabels.of(MetricKind.class).keySet());
        printed.forEach((label, at) -> assertTrue(seedLine(at[0], at[1]).strip().startsWith(label),
                "[00" + at[0] + ":" + at[1] + "] prints " + label));
        for (int i = 1; i <= 8; i++) {
            assertEquals(HighImpactChange.values()[i - 1], PrintedLabels.find(HighImpactChange.class, "Chg " + i));
        }
    }

    private static <E extends Enum<E>> List<String> labels(Class<E> type) {
        return EnumLabels.of(type).all();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Enum<?> value) {
        return EnumLabels.of((Class) value.getDeclaringClass()).label(value);
    }

    private static void assertPrinted(int seed, int line, String... texts) {
        String printed = seedLine(seed, line);
        for (String text : texts) {
            assertTrue(printed.contains(text), "[00" + seed + ":" + line + "] prints " + text + ": " + printed);
        }
    }

    private static String seedLine(int seed, int line) {
        try (Stream<Path> files = Files.list(Papers.DIR)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith("00" + seed + "_")).findFirst()
                    .orElseThrow();
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
