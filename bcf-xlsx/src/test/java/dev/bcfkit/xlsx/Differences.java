package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.fail;

/** An equality assertion on documents that shows where they first differ, not two pages of records. */
final class Differences {
    private Differences() {
    }

    static void assertSame(Object expected, Object actual) {
        if (expected.equals(actual)) {
            return;
        }
        String e = expected.toString();
        String a = actual.toString();
        int i = 0;
        while (i < Math.min(e.length(), a.length()) && e.charAt(i) == a.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        fail("the documents differ at character " + i + ":\n expected ..." + e.substring(from, Math.min(e.length(), i + 80))
                + "\n but was  ..." + a.substring(from, Math.min(a.length(), i + 80)));
    }
}
