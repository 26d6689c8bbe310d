package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A finding prints as one line a user can read: severity, rule id, path ("/" for the whole document), message, source. */
class FindingTest {

    @Test
    void printsOneLineWithItsPath() {
        Finding f = new Finding("FIN-ANNUAL-EQUALS-POOLED", Severity.ERROR, "/incomeAndExpenditure/pooledFund",
                "differs by £1", "[002:1251]");
        assertEquals("ERROR FIN-ANNUAL-EQUALS-POOLED /incomeAndExpenditure/pooledFund: differs by £1 [002:1251]",
                f.toString());
    }

    @Test
    void theWholeDocumentPrintsAsTheRootPointer() {
        Finding f = new Finding("RULE-FAILED", Severity.ERROR, "", "rule X failed", "test");
        assertEquals("ERROR RULE-FAILED /: rule X failed test", f.toString());
    }

    @Test
    void everyComponentIsRequired() {
        assertThrows(NullPointerException.class, () -> new Finding(null, Severity.INFO, "", "m", "s"));
        assertThrows(NullPointerException.class, () -> new Finding("A-B", null, "", "m", "s"));
        assertThrows(NullPointerException.class, () -> new Finding("A-B", Severity.INFO, null, "m", "s"));
        assertThrows(NullPointerException.class, () -> new Finding("A-B", Severity.INFO, "", null, "s"));
        assertThrows(NullPointerException.class, () -> new Finding("A-B", Severity.INFO, "", "m", null));
    }
}
