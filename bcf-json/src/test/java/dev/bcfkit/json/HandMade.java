package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

/**
 * Small hand-written documents for the reader's tests, shaped like the seeds: a 2016/17 Q3 return
 * in Southend's style ({@code [002:1796-2187]}) and a 2017/18 Q2 return in Nottinghamshire's
 * ({@code [000:180-254]}), and helpers that check a refusal's pointer, message and location.
 */
final class HandMade {
    /** The name the tests give the input. */
    static final String SOURCE = "southend.json";

    /** A 2016/17 Q3 return: conditions with earlier answers, an income and expenditure tab, a metric. */
    static final String RETURN_2016_17 = """
            {
              "format": "bcfkit/quarterly-return/1",
              "period": {
                "year": "2016/17",
                "quarter": "Q3"
              },
              "cover": {
                "healthAndWellbeingBoard": {
                  "name": "Southend-on-Sea"
                },
                "completedBy": "Nick Faint",
                "signedOffBy": "Chair of HWB"
              },
              "budgetArrangements": {
                "pooledViaSection75": "Yes"
              },
              "nationalConditions": [
                {
                  "condition": "1",
                  "answer": "Yes",
                  "previousResponses": {
                    "Q1": "Yes",
                    "Q2": "Yes"
                  }
                },
                {
                  "condition": "3i",
                  "answer": "No - In Progress",
                  "expectedDate": "2017-03-31",
                  "explanation": "7 day working is being rolled out",
                  "previousResponses": {}
                },
                {
                  "condition": "8",
                  "answer": "Yes",
                  "previousResponses": {}
                }
              ],
              "incomeAndExpenditure": {
                "pooledFund": 13131049,
                "income": {
                  "plan": {
                    "q1": 3282763,
                    "q2": 3282762,
                    "q3": 3282762,
                    "q4": 3282762,
                    "annualTotal": 13131049
                  },
                  "forecast": {
                    "q1": 3282763,
                    "q2": 3282762,
                    "q3": 3282762,
                    "q4": 3282762,
                    "annualTotal": 13131049
                  },
                  "actual": {
                    "q1": 3282763,
                    "q2": 3282762,
                    "q3": 0,
                    "q4": null
                  }
                },
                "expenditure": {
                  "plan": {},
                  "forecast": {},
                  "actual": {}
                },
                "financialCommentary": "nil comment"
              },
              "metrics": [
                {
                  "metric": "Non-Elective Admissions",
                  "assessment": "On track to meet target"
                }
              ],
              "narrative": {
                "progress": "Good progress"
              }
            }
            """;

    /** A 2017/18 Q2 return with a High Impact Change Model row and an iBCF-style fee. */
    static final String RETURN_2017_18 = """
            {
              "format": "bcfkit/quarterly-return/1",
              "period": {
                "year": "2017/18",
                "quarter": "Q2"
              },
              "cover": {
                "healthAndWellbeingBoard": {
                  "name": "Nottinghamshire"
                },
                "signedOffBy": "TBC"
              },
              "budgetArrangements": {
                "pooledViaSection75": "Yes"
              },
              "nationalConditions": [
                {
                  "condition": "4",
                  "answer": "Yes",
                  "previousResponses": {}
                }
              ],
              "metrics": [],
              "highImpactChangeModel": {
                "changes": [
                  {
                    "change": "Early discharge planning",
                    "maturity": {
                      "2017/18 Q2": "Plans in place",
                      "2017/18 Q3": "Established"
                    }
                  }
                ]
              },
              "narrative": {},
              "additionalIbcf": {
                "allocation": 5478595,
                "fees": [
                  {
                    "serviceType": "Home care",
                    "previousYearRate": 20.00,
                    "estimatedUpliftPercent": 2.5
                  }
                ]
              }
            }
            """;

    private HandMade() {
    }

    /**
     * @param text JSON text
     * @return its UTF-8 bytes
     */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the one occurrence of a piece of text, failing if it is not there exactly once.
     *
     * @param text the document
     * @param from what to replace
     * @param to the replacement
     * @return the changed document
     */
    static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "exactly one \"" + from + "\" in the document");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * Reads a document that must be refused.
     *
     * @param json the reader
     * @param text the document
     * @param type the type asked for
     * @return the refusal
     */
    static BcfParseException refused(BcfJson json, String text, Class<?> type) {
        BcfParseException e = assertThrows(BcfParseException.class, () -> json.read(bytes(text), SOURCE, type));
        assertNull(e.getCause(), "no Jackson exception hides behind the message");
        assertEquals(SOURCE, e.source());
        return e;
    }

    /**
     * Checks a refusal's pointer and problem, and that its line and column are where
     * {@code marker} starts in the text.
     *
     * @param e the refusal
     * @param pointer the expected JSON pointer
     * @param problem the expected plain-English problem
     * @param text the document
     * @param marker the text the location should point at (its first occurrence)
     */
    static void assertRefusal(BcfParseException e, String pointer, String problem, String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, "marker \"" + marker + "\" in the document");
        assertRefusal(e, pointer, problem, lineOf(text, at), columnOf(text, at));
    }

    /**
     * Checks a refusal's pointer, problem, line, column and message.
     *
     * @param e the refusal
     * @param pointer the expected JSON pointer
     * @param problem the expected plain-English problem
     * @param line the expected line
     * @param column the expected column
     */
    static void assertRefusal(BcfParseException e, String pointer, String problem, int line, int column) {
        assertEquals(pointer, e.pointer(), "pointer of: " + e.getMessage());
        assertEquals(problem, e.problem(), "problem of: " + e.getMessage());
        assertEquals(line, e.line(), "line of: " + e.getMessage());
        assertEquals(column, e.column(), "column of: " + e.getMessage());
        assertEquals(SOURCE + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + problem + " (line " + line
                + ", column " + column + ")", e.getMessage());
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }
}
