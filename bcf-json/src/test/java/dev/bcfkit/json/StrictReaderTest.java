package dev.bcfkit.json;

import static dev.bcfkit.json.HandMade.RETURN_2016_17;
import static dev.bcfkit.json.HandMade.RETURN_2017_18;
import static dev.bcfkit.json.HandMade.assertRefusal;
import static dev.bcfkit.json.HandMade.bytes;
import static dev.bcfkit.json.HandMade.refused;
import static dev.bcfkit.json.HandMade.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the strict reader, each a {@link BcfParseException} with the exact JSON
 * pointer, the plain-English problem and the line and column of the offending value, and never
 * another exception type.
 */
class StrictReaderTest {
    private final BcfJson strict = BcfJson.strict();
    private final BcfJson lenient = BcfJson.lenient();

    @Test
    void theHandMadeDocumentsAreValid() {
        QuarterlyReturn q3 = strict.read(bytes(RETURN_2016_17), QuarterlyReturn.class);
        assertEquals("1) Plans to be jointly agreed", q3.nationalConditions().get(0).condition().wording());
        QuarterlyReturn q2 = strict.read(bytes(RETURN_2017_18), QuarterlyReturn.class);
        assertEquals("4) Managing transfers of care?", q2.nationalConditions().get(0).condition().wording());
    }

    @Test
    void textWhereAnAmountBelongsIsRefusedAtItsCell() {
        String text = replace(RETURN_2016_17, "\"q3\": 3282762,\n        \"q4\": 3282762,\n        \"annualTotal\": 13131049\n      },\n      \"forecast\"",
                "\"q3\": \"three million\",\n        \"q4\": 3282762,\n        \"annualTotal\": 13131049\n      },\n      \"forecast\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/incomeAndExpenditure/income/plan/q3",
                "expected an amount in pounds, found \"three million\"", text, "\"three million\"");
    }

    @Test
    void anUnknownPropertyIsRefusedByTheStrictReaderAndSkippedByTheLenientOne() {
        String text = replace(RETURN_2016_17, "\"completedBy\": \"Nick Faint\",",
                "\"completedBy\": \"Nick Faint\",\n    \"colour\": {\"deep\": [1, 2]},");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/cover/colour",
                "unknown property \"colour\"; a return cover has healthAndWellbeingBoard, completedBy, email,"
                        + " contactNumber, signedOffBy, submittedOn", text, "\"colour\"");
        assertEquals(strict.read(bytes(RETURN_2016_17), QuarterlyReturn.class),
                lenient.read(bytes(text), QuarterlyReturn.class));
    }

    @Test
    void aClassNameIsJustAnUnknownPropertyNeverAType() {
        String text = replace(RETURN_2016_17, "\"format\": \"bcfkit/quarterly-return/1\",",
                "\"@class\": \"java.lang.ProcessBuilder\",\n  \"format\": \"bcfkit/quarterly-return/1\",");
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("/@class", e.pointer());
        assertTrue(e.problem().startsWith("unknown property \"@class\"; a quarterly return has format, period, cover,"),
                e.problem());
        assertEquals(strict.read(bytes(RETURN_2016_17), QuarterlyReturn.class),
                lenient.read(bytes(text), QuarterlyReturn.class));
        String typed = replace(RETURN_2016_17, "\"name\": \"Southend-on-Sea\"",
                "\"name\": [\"java.lang.ProcessBuilder\", [\"calc\"]]");
        assertRefusal(refused(lenient, typed, QuarterlyReturn.class), "/cover/healthAndWellbeingBoard/name",
                "expected text, found a list", typed, "[\"java.lang.ProcessBuilder\"");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String text = replace(RETURN_2016_17, "\"completedBy\": \"Nick Faint\",",
                "\"completedBy\": \"Nick Faint\",\n    \"completedBy\": \"Someone Else\",");
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("/cover/completedBy", e.pointer());
        assertEquals("the property \"completedBy\" appears twice", e.problem());
        assertEquals(text.lines().toList().indexOf("    \"completedBy\": \"Someone Else\",") + 1, e.line());
        assertRefusal(refused(lenient, text, QuarterlyReturn.class), e.pointer(), e.problem(), e.line(), e.column());
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        String text = RETURN_2016_17 + "{}\n";
        int line = (int) RETURN_2016_17.lines().count() + 1;
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "",
                "unexpected content after the end of the document", line, 1);
        String garbage = RETURN_2016_17 + "x";
        BcfParseException e = refused(strict, garbage, QuarterlyReturn.class);
        assertEquals("", e.pointer());
        assertEquals("unexpected content after the end of the document", e.problem());
        assertEquals(line, e.line());
    }

    @Test
    void aTruncatedDocumentIsRefused() {
        int cut = RETURN_2016_17.indexOf("\"financialCommentary\"");
        String text = RETURN_2016_17.substring(0, cut);
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("the document ends too early: an object is not closed (is the file complete?)", e.problem());
        assertEquals("/incomeAndExpenditure/expenditure", e.pointer());
        assertEquals(text.lines().count(), e.line());
        assertRefusal(refused(strict, "", QuarterlyReturn.class), "", "the document is empty", 1, 1);
        assertRefusal(refused(strict, "null", QuarterlyReturn.class), "", "expected a quarterly return, found null",
                1, 1);
    }

    @Test
    void notANumberIsRefused() {
        String text = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": NaN");
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("/incomeAndExpenditure/pooledFund", e.pointer());
        assertEquals("found NaN, which JSON does not allow: numbers must be finite", e.problem());
        assertEquals(text.lines().toList().indexOf("    \"pooledFund\": NaN,") + 1, e.line());
        String infinite = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": -Infinity");
        assertEquals("found -Infinity, which JSON does not allow: numbers must be finite",
                refused(strict, infinite, QuarterlyReturn.class).problem());
    }

    @Test
    void hostileExponentsAreRefusedBeforeAnyArithmetic() {
        String huge = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": 1e999999999");
        assertRefusal(refused(strict, huge, QuarterlyReturn.class), "/incomeAndExpenditure/pooledFund",
                "expected pounds and pence, found an exponent form with negative scale -999999999"
                        + " (write the amount out in full)", huge, "1e999999999");
        String tiny = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": 1e-100000000");
        assertRefusal(refused(strict, tiny, QuarterlyReturn.class), "/incomeAndExpenditure/pooledFund",
                "expected at most 2 decimal places (pence), found 100000000 decimal places", tiny, "1e-100000000");
        String percent = replace(RETURN_2017_18, "\"estimatedUpliftPercent\": 2.5",
                "\"estimatedUpliftPercent\": 1e999999999");
        assertRefusal(refused(strict, percent, QuarterlyReturn.class),
                "/additionalIbcf/fees/0/estimatedUpliftPercent", "expected a number written out in full, found"
                        + " 1e999999999 (an exponent form with negative scale -999999999)", percent, "1e999999999");
    }

    @Test
    void exactExponentFormsAreRefusedTooBecauseFiguresAreWrittenOutInFull() {
        // 1.3131049E7 is exactly 13,131,049, but a figure is never re-expressed: the wire format
        // writes numbers out in full, as the templates print them, and reads only that.
        String pounds = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": 1.3131049E7");
        assertRefusal(refused(strict, pounds, QuarterlyReturn.class), "/incomeAndExpenditure/pooledFund",
                "expected an amount in pounds written out in full, found 1.3131049E7 (an exponent form)", pounds,
                "1.3131049E7");
        String percent = replace(RETURN_2017_18, "\"estimatedUpliftPercent\": 2.5",
                "\"estimatedUpliftPercent\": 2.5e0");
        assertRefusal(refused(strict, percent, QuarterlyReturn.class),
                "/additionalIbcf/fees/0/estimatedUpliftPercent",
                "expected a number written out in full, found 2.5e0 (an exponent form)", percent, "2.5e0");
    }

    @Test
    void aFractionOfAPennyIsRefused() {
        String text = replace(RETURN_2017_18, "\"previousYearRate\": 20.00", "\"previousYearRate\": 12.345");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/additionalIbcf/fees/0/previousYearRate",
                "expected at most 2 decimal places (pence), found 3 decimal places in 12.345", text, "12.345");
    }

    @Test
    void aFourHundredDigitIntegerIsRefusedByTheNumberLengthLimit() {
        String digits = "9".repeat(400);
        String text = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": " + digits);
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("/incomeAndExpenditure/pooledFund", e.pointer());
        assertEquals("a number of 400 characters is longer than the reader allows (at most "
                + Limits.MAX_NUMBER_LENGTH + ")", e.problem());
        assertEquals(text.lines().toList().indexOf("    \"pooledFund\": " + digits + ",") + 1, e.line());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        int depth = Limits.MAX_NESTING_DEPTH + 10;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String text = replace(RETURN_2016_17, "\"completedBy\": \"Nick Faint\",",
                "\"completedBy\": \"Nick Faint\",\n    \"deep\": " + deep + ",");
        BcfParseException e = refused(lenient, text, QuarterlyReturn.class);
        assertEquals("objects and lists are nested deeper than the reader allows (at most "
                + Limits.MAX_NESTING_DEPTH + " levels)", e.problem());
        assertTrue(e.pointer().startsWith("/cover/deep/0/0/0"), e.pointer());
        assertEquals(text.lines().toList().indexOf("    \"deep\": " + deep + ",") + 1, e.line());
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() {
        String text = replace(RETURN_2016_17, "\"progress\": \"Good progress\"",
                "\"progress\": \"" + "x".repeat(Limits.MAX_STRING_LENGTH + 1) + "\"");
        BcfParseException e = refused(strict, text, QuarterlyReturn.class);
        assertEquals("/narrative/progress", e.pointer());
        assertEquals("a text of more than " + Limits.MAX_STRING_LENGTH + " characters is longer than the reader allows"
                + " (at most " + Limits.MAX_STRING_LENGTH + ")", e.problem());
    }

    @Test
    void anUnknownFormatOrVersionIsNamed() {
        String newer = replace(RETURN_2016_17, "bcfkit/quarterly-return/1", "bcfkit/quarterly-return/2");
        assertRefusal(refused(strict, newer, QuarterlyReturn.class), "/format",
                "this reader knows version 1 of bcfkit/quarterly-return (\"bcfkit/quarterly-return/1\"), found"
                        + " \"bcfkit/quarterly-return/2\", a version it cannot read", newer, "\"bcfkit/quarterly-return/2\"");
        String unknown = replace(RETURN_2016_17, "bcfkit/quarterly-return/1", "bcfkit/invoice/1");
        assertRefusal(refused(strict, unknown, QuarterlyReturn.class), "/format",
                "expected a known document format, one of \"bcfkit/quarterly-return/1\", \"bcfkit/plan/1\","
                        + " \"bcfkit/pooled-budget/1\", \"bcfkit/local-outcome-table/1\", \"bcfkit/plan-2017-19/1\", found \"bcfkit/invoice/1\"", unknown, "\"bcfkit/invoice/1\"");
        assertRefusal(refused(strict, RETURN_2016_17, Plan.class), "/format",
                "expected a plan (\"bcfkit/plan/1\"), found a quarterly return (\"bcfkit/quarterly-return/1\")",
                RETURN_2016_17, "\"bcfkit/quarterly-return/1\"");
        String missing = replace(RETURN_2016_17, "\"format\": \"bcfkit/quarterly-return/1\",\n", "");
        assertRefusal(refused(strict, missing, QuarterlyReturn.class), "/format",
                "missing \"format\": expected \"bcfkit/quarterly-return/1\" for a quarterly return", 1, 1);
        BcfParseException byDocument = assertThrows(BcfParseException.class,
                () -> strict.readDocument(bytes(newer), HandMade.SOURCE));
        assertEquals("/format", byDocument.pointer());
        BcfParseException none = assertThrows(BcfParseException.class,
                () -> strict.readDocument(bytes(missing), HandMade.SOURCE));
        assertRefusal(none, "/format", "missing \"format\": expected one of \"bcfkit/quarterly-return/1\","
                + " \"bcfkit/plan/1\", \"bcfkit/pooled-budget/1\", \"bcfkit/local-outcome-table/1\", \"bcfkit/plan-2017-19/1\"", 1, 1);
    }

    @Test
    void aPeriodWithNoKnownEditionIsRefusedAtThePeriod() {
        String text = replace(RETURN_2016_17, "\"year\": \"2016/17\"", "\"year\": \"2019/20\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/period",
                "no quarterly return template is known for 2019/20; known: 2016/17, 2017/18, 2018/19", text,
                "{\n    \"year\": \"2019/20\"");
    }

    @Test
    void aConditionCodeTheEditionDoesNotHaveIsRefusedAtItsRow() {
        String text = replace(RETURN_2016_17, "\"condition\": \"8\"", "\"condition\": \"9\"");
        String problem = "the 2016/17 quarterly return has no condition \"9\"; it has 1, 2, 3i, 3ii, 4i, 4ii, 4iii,"
                + " 4iv, 5, 6, 7, 8";
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/nationalConditions/2/condition", problem, text,
                "\"9\"");
        String later = replace(RETURN_2017_18, "\"condition\": \"4\"", "\"condition\": \"3i\"");
        assertRefusal(refused(strict, later, QuarterlyReturn.class), "/nationalConditions/0/condition",
                "the 2017/18 quarterly return has no condition \"3i\"; it has 1, 2, 3, 4", later, "\"3i\"");
    }

    @Test
    void conditionsBeforeThePeriodAreResolvedAgainstItAllTheSame() {
        String periodFirst = RETURN_2016_17;
        String period = "  \"period\": {\n    \"year\": \"2016/17\",\n    \"quarter\": \"Q3\"\n  },\n";
        String periodLast = replace(replace(periodFirst, period, ""), "  \"narrative\": {",
                period.replace("},\n", "},\n") + "  \"narrative\": {");
        assertEquals(strict.read(bytes(periodFirst), QuarterlyReturn.class),
                strict.read(bytes(periodLast), QuarterlyReturn.class));
        String wrong = replace(periodLast, "\"condition\": \"8\"", "\"condition\": \"9\"");
        BcfParseException e = refused(strict, wrong, QuarterlyReturn.class);
        assertRefusal(e, "/nationalConditions/2/condition", e.problem(), wrong, "\"9\"");
    }

    @Test
    void anUnknownMaturityLabelIsRefusedWithTheLabelsAllowed() {
        String text = replace(RETURN_2017_18, "\"2017/18 Q3\": \"Established\"", "\"2017/18 Q3\": \"Matured\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class),
                "/highImpactChangeModel/changes/0/maturity/2017~118 Q3",
                "expected one of \"Not yet established\", \"Plans in place\", \"Established\", \"Mature\","
                        + " \"Exemplary\", found \"Matured\"", text, "\"Matured\"");
        String lowerCase = replace(RETURN_2017_18, "\"Plans in place\"", "\"plans in place\"");
        assertEquals("/highImpactChangeModel/changes/0/maturity/2017~118 Q2",
                refused(strict, lowerCase, QuarterlyReturn.class).pointer());
    }

    @Test
    void aMapKeyMustBeInItsOneWrittenForm() {
        String text = replace(RETURN_2017_18, "\"2017/18 Q3\"", "\"Q3 17/18 (Planned)\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class),
                "/highImpactChangeModel/changes/0/maturity/Q3 17~118 (Planned)",
                "expected a period such as \"2017/18 Q2\", found \"Q3 17/18 (Planned)\" (write it as \"2017/18 Q3\")",
                text, "\"Q3 17/18 (Planned)\"");
        String quarter = replace(RETURN_2016_17, "\"Q2\": \"Yes\"", "\"Q5\": \"Yes\"");
        assertRefusal(refused(strict, quarter, QuarterlyReturn.class), "/nationalConditions/0/previousResponses/Q5",
                "expected one of \"Q1\", \"Q2\", \"Q3\", \"Q4\", found \"Q5\"", quarter, "\"Q5\"");
    }

    @Test
    void anImpossibleDateIsRefused() {
        String text = replace(RETURN_2016_17, "\"expectedDate\": \"2017-03-31\"", "\"expectedDate\": \"2017-02-31\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/nationalConditions/1/expectedDate",
                "expected a date that exists, found \"2017-02-31\"", text, "\"2017-02-31\"");
        String display = replace(RETURN_2016_17, "\"expectedDate\": \"2017-03-31\"", "\"expectedDate\": \"31/03/2017\"");
        assertRefusal(refused(strict, display, QuarterlyReturn.class), "/nationalConditions/1/expectedDate",
                "expected a date written yyyy-MM-dd, such as \"2017-03-31\", found \"31/03/2017\"", display,
                "\"31/03/2017\"");
    }

    @Test
    void nullForARequiredListIsRefusedAtTheList() {
        String text = replace(RETURN_2016_17, "\"metrics\": [", "\"metrics\": null, \"x\": [");
        assertRefusal(refused(lenient, text, QuarterlyReturn.class), "/metrics",
                "expected a list ([] if nothing was entered), found null", text, "null, \"x\"");
        int from = RETURN_2016_17.indexOf("  \"metrics\"");
        int to = RETURN_2016_17.indexOf("  \"narrative\"");
        String missing = RETURN_2016_17.substring(0, from) + RETURN_2016_17.substring(to);
        assertRefusal(refused(strict, missing, QuarterlyReturn.class), "/metrics",
                "missing \"metrics\": expected a list ([] if nothing was entered)", 1, 1);
        String nullEntry = replace(RETURN_2016_17, "\"metrics\": [", "\"metrics\": [null, ");
        assertRefusal(refused(strict, nullEntry, QuarterlyReturn.class), "/metrics/0", "expected an entry, found null",
                nullEntry, "null, ");
    }

    @Test
    void aMissingPeriodOrConditionCodeIsRefused() {
        String period = "  \"period\": {\n    \"year\": \"2016/17\",\n    \"quarter\": \"Q3\"\n  },\n";
        assertRefusal(refused(strict, replace(RETURN_2016_17, period, ""), QuarterlyReturn.class), "/period",
                "missing \"period\": expected a period such as {\"year\": \"2017/18\", \"quarter\": \"Q2\"}", 1, 1);
        String noCode = replace(RETURN_2017_18, "\"condition\": \"4\",", "");
        BcfParseException e = refused(strict, noCode, QuarterlyReturn.class);
        assertEquals("/nationalConditions/0/condition", e.pointer());
        assertEquals("missing \"condition\": expected a condition code such as \"3i\"", e.problem());
    }

    @Test
    void valuesOfTheWrongKindAreRefused() {
        String text = replace(RETURN_2016_17, "\"completedBy\": \"Nick Faint\"", "\"completedBy\": 5");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/cover/completedBy", "expected text, found 5",
                text, "5,");
        String label = replace(RETURN_2016_17, "\"pooledViaSection75\": \"Yes\"", "\"pooledViaSection75\": true");
        assertRefusal(refused(strict, label, QuarterlyReturn.class), "/budgetArrangements/pooledViaSection75",
                "expected one of \"Yes\", \"No\", found true", label, "true");
        String amountAsText = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": \"13131049\"");
        assertRefusal(refused(strict, amountAsText, QuarterlyReturn.class), "/incomeAndExpenditure/pooledFund",
                "expected an amount in pounds, found \"13131049\"", amountAsText, "\"13131049\"");
        String year = replace(RETURN_2016_17, "\"year\": \"2016/17\"", "\"year\": \"2016-17\"");
        assertRefusal(refused(strict, year, QuarterlyReturn.class), "/period/year",
                "expected a financial year such as \"2017/18\", found \"2016-17\" (write it as \"2016/17\")", year,
                "\"2016-17\"");
        String notConsecutive = replace(RETURN_2016_17, "\"year\": \"2016/17\"", "\"year\": \"2016/18\"");
        assertRefusal(refused(strict, notConsecutive, QuarterlyReturn.class), "/period/year",
                "\"2016/18\" does not name consecutive years (expected 2016/17)", notConsecutive, "\"2016/18\"");
        String early = replace(RETURN_2016_17, "\"year\": \"2016/17\"", "\"year\": \"1999/00\"");
        assertRefusal(refused(strict, early, QuarterlyReturn.class), "/period/year",
                "expected a start year from 2000 to 2099, found 1999", early, "\"1999/00\"");
        String digits = replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": 1234567890123456");
        assertRefusal(refused(strict, digits, QuarterlyReturn.class), "/incomeAndExpenditure/pooledFund",
                "expected at most 15 digits before the decimal point, found 16", digits, "1234567890123456");
        assertRefusal(refused(strict, "[]", QuarterlyReturn.class), "",
                "expected an object (a quarterly return), found a list", 1, 1);
    }

    @Test
    void aFlagIsTrueOrFalseAndNeverBlank() {
        String budget = """
                {
                  "format": "bcfkit/pooled-budget/1",
                  "contributions": [],
                  "improvedBcf": {
                    "allocations": {},
                    "pooled": {},
                    "ministerialExemption": null
                  },
                  "disabledFacilitiesGrants": []
                }
                """;
        assertRefusal(refused(strict, budget, PooledBudget.class), "/improvedBcf/ministerialExemption",
                "expected true or false, found null", budget, "null");
        String count = replace(budget, "\"ministerialExemption\": null", "\"ministerialExemption\": 1");
        assertRefusal(refused(strict, count, PooledBudget.class), "/improvedBcf/ministerialExemption",
                "expected true or false, found 1", count, "1\n");
        String absent = replace(budget, ",\n    \"ministerialExemption\": null", "");
        assertRefusal(refused(strict, absent, PooledBudget.class), "/improvedBcf/ministerialExemption",
                "missing \"ministerialExemption\": expected true or false", absent, "{\n    \"allocations\"");
    }

    @Test
    void noPublicMethodLetsAJacksonExceptionOut() {
        String[] broken = {"{", "{\"format\":", "\u0000", "{\"format\" \"x\"}", "{'format': 1}", "[1,]",
            "{\"format\": \"bcfkit/plan/1\", \"details\": {\"ccgs\": [{\"name\": \"\\uZZZZ\"}]}}", "\"\\u00",
            "{\"format\": \"bcfkit/plan/1\"} // comment", "01", "{\"a\": 01}"};
        for (String text : broken) {
            for (Class<?> type : new Class<?>[] {QuarterlyReturn.class, Plan.class, PooledBudget.class}) {
                BcfParseException e = assertThrows(BcfParseException.class,
                        () -> strict.read(bytes(text), HandMade.SOURCE, type), text);
                assertNull(e.getCause());
                assertTrue(e.getMessage().startsWith(HandMade.SOURCE + ": "), e.getMessage());
                assertTrue(!e.getMessage().contains("com.fasterxml") && !e.getMessage().contains("Feature"),
                        e.getMessage());
            }
            BcfParseException e = assertThrows(BcfParseException.class,
                    () -> strict.readDocument(bytes(text), HandMade.SOURCE), text);
            assertNull(e.getCause());
        }
    }
}
