package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The assertion the rule-family tests of plans and pooled budgets share: exactly one finding, here, saying this. */
public final class OneFinding {
    private OneFinding() {
    }

    /**
     * @param findings the findings of one rule
     * @param path the path the one finding must have
     * @param message the message it must have
     */
    public static void assertOne(List<Finding> findings, String path, String message) {
        assertEquals(1, findings.size(), () -> "expected one finding, found " + findings);
        assertEquals(path, findings.get(0).path());
        assertEquals(message, findings.get(0).message());
    }
}
