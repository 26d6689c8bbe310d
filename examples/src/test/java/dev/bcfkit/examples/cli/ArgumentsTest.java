package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written argument parser. */
class ArgumentsTest {
    private static final Options OPTIONS = Options.none().value("total").repeatable("category").flag("frontload");

    @Test
    void valuesFlagsAndPositionals() {
        Arguments a = Arguments.parse("x", OPTIONS, List.of("--total", "-5", "file", "--category=1:2",
                "--category", "3:4", "--frontload", "-", "--", "--total"));
        assertEquals("-5", a.value("total"));
        assertEquals(List.of("1:2", "3:4"), a.values("category"));
        assertTrue(a.flag("frontload"));
        assertFalse(a.help());
        assertEquals(List.of("file", "-", "--total"), a.positionals());
        assertNull(Arguments.parse("x", OPTIONS, List.of()).value("total"));
    }

    @Test
    void helpIsAcceptedEverywhere() {
        assertTrue(Arguments.parse("x", Options.none(), List.of("-h")).help());
        assertTrue(Arguments.parse("x", Options.none(), List.of("a", "--help")).help());
    }

    @Test
    void refusals() {
        assertEquals("x: unknown option --nope (see bcf x --help)",
                assertThrows(UsageException.class, () -> Arguments.parse("x", OPTIONS, List.of("--nope=1")))
                        .getMessage());
        assertEquals("x: unknown option -t (see bcf x --help)",
                assertThrows(UsageException.class, () -> Arguments.parse("x", OPTIONS, List.of("-t"))).getMessage());
        assertEquals("x: option --total needs a value (see bcf x --help)",
                assertThrows(UsageException.class, () -> Arguments.parse("x", OPTIONS, List.of("--total")))
                        .getMessage());
        assertEquals("x: option --total is given twice", assertThrows(UsageException.class,
                () -> Arguments.parse("x", OPTIONS, List.of("--total", "1", "--total=2"))).getMessage());
        assertEquals("x: option --frontload takes no value (see bcf x --help)", assertThrows(UsageException.class,
                () -> Arguments.parse("x", OPTIONS, List.of("--frontload=no"))).getMessage());
        assertEquals("x: missing --total (see bcf x --help)", assertThrows(UsageException.class,
                () -> Arguments.parse("x", OPTIONS, List.of()).required("total")).getMessage());
    }
}
