package dev.bcfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Each example program runs on the sample data and prints something real. */
class ExamplesTest {

    private static String run(BiConsumer<String[], PrintStream> program, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            program.accept(args, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateAReturnReportsTheTbcSignOff() {
        String out = run(ValidateAReturn::run);
        assertTrue(out.startsWith("Nottinghamshire, 2017/18 Q2 (2017/18 quarterly return)\n"), out);
        assertTrue(out.contains("WARNING COVER-SIGN-OFF-TBC at /cover/signedOffBy: "), out);
        assertTrue(out.endsWith("The return has no errors.\n"), out);
    }

    @Test
    void validateAReturnTakesAFile() {
        String out = run(ValidateAReturn::run, SampleData.file("dorset-2018-19-q2.json").toString());
        assertTrue(out.startsWith("Dorset, 2018/19 Q2 (2018/19 quarterly return)\n"), out);
        String plan = run(ValidateAReturn::run, SampleData.file("nottinghamshire-plan-2014.json").toString());
        assertTrue(plan.endsWith("is not a quarterly return but a Plan\n"), plan);
    }

    @Test
    void computeADtocRateAndRateNottinghamshiresDtoc() {
        String out = run(ComputeADtocRate::run);
        assertTrue(out.contains("  average per month per 100,000: 500.000000\n"), out);
        // [000:26]: target 613.7, actual 644.14, lower is better: Red.
        assertTrue(out.contains("Nottinghamshire 2017/18 Q2: target 613.7, actual 644.14"), out);
        assertTrue(out.contains("lower is better): RED"), out);
        String own = run(ComputeADtocRate::run, "100000", "10", "20");
        assertTrue(own.contains("  average per month per 100,000: 15.000000\n"), own);
    }

    @Test
    void planTheSocialCareUplift() {
        String out = run(PlanTheSocialCareUplift::run);
        assertEquals("""
                2016/17 baseline: £1,000,000
                Phased:      2017/18 at least £1,017,900, 2018/19 at least £1,037,240
                Frontloaded: 2017/18 at least £1,037,240, 2018/19 at least £1,037,240
                Frontloading brings £19,340 forward into 2017/18.
                """, out);
        assertTrue(run(PlanTheSocialCareUplift::run, "2000000").contains("2017/18 at least £2,035,800"));
    }

    @Test
    void readAndWriteJsonRoundTrips() {
        String out = run(ReadAndWriteJson::run);
        assertTrue(out.contains("Southend-on-Sea, 2016/17 Q1, 2016/17 quarterly return"), out);
        assertTrue(out.contains("  pooled fund: £13,131,049\n"), out);
        assertTrue(out.endsWith("Read back equals the original: true\n"), out);
    }

    @Test
    void addLocalRulesReportsTheSignOffsThatDoNotNameTheChair() {
        // [002:864] and [002:1429] name the chair; [002:1807] and [002:2202] give only the name.
        String local = "  WARNING LOCAL-SIGN-OFF-NAMES-CHAIR (rule set southend-local) at /cover/signedOffBy: the return is"
                + " signed off by \"Cllr Lesley Salter\", which does not say the signatory is the chair of the board\n";
        assertEquals("Southend-on-Sea, 2016/17 Q1: 3 national findings; signed off by \"Clr Lesley Salter, Chair HWB\"\n"
                + "Southend-on-Sea, 2016/17 Q2: 2 national findings; signed off by \"Chair of HWB\"\n"
                + "Southend-on-Sea, 2016/17 Q3: 2 national findings; signed off by \"Cllr Lesley Salter\"\n" + local
                + "Southend-on-Sea, 2016/17 Q4: 1 national finding; signed off by \"Cllr Lesley Salter\"\n" + local,
                run(AddLocalRules::run));
    }
}
