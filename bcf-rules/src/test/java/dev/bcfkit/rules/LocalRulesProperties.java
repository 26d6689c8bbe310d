package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Adding a local rule set never changes what the national rules say: on any valid return of any
 * edition and quarter, the report lists the national findings exactly as without it, then the
 * local rule's findings, every one carrying the local rule set's name.
 */
class LocalRulesProperties {
    private static final BcfValidator NATIONAL = BcfValidator.create();

    /** A local rule with one finding per document it judges, so that every document has one. */
    private static final Rule<QuarterlyReturn> ALWAYS = Rule.on(QuarterlyReturn.class, "LOCAL-ALWAYS")
            .title("Reports once").severity(Severity.INFO)
            .editions(EnumSet.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19))
            .source("local test policy")
            .check((r, context, emit) -> emit.report("/period", "judged in " + context.period()));

    private static final BcfValidator WITH_LOCAL = BcfValidator.builder().addRules("test-local", ALWAYS).build();

    @Property(tries = 60)
    void localRulesAddFindingsAndChangeNoNationalOne(@ForAll QuarterlyReturn r) {
        List<Finding> national = NATIONAL.validate(r).findings();
        Report report = WITH_LOCAL.validate(r);
        List<Finding> all = report.findings();
        assertEquals(national, all.subList(0, national.size()));
        assertEquals(List.of(new Finding("LOCAL-ALWAYS", Severity.INFO, "/period", "judged in " + r.period(),
                "local test policy", "test-local")), all.subList(national.size(), all.size()));
        assertTrue(national.stream().noneMatch(Finding::isLocal));
    }
}
