package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcfPurpose;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The return's recorded submission date ({@code [000:37]}: submitted "on 17 November"), fee basis
 * ({@code [004:155-164]}) and improved BCF progress ({@code [000:52]}) on the wire: read as written,
 * absent in older files and read as blank, an unknown fee-basis item or iBCF purpose refused with
 * its path and value, and written back unchanged.
 */
class ReturnChecksWireTest {
    private static final String WITH_RECORDS = HandMade.replace(HandMade.replace(HandMade.replace(
            HandMade.RETURN_2017_18,
            "\"signedOffBy\": \"TBC\"", "\"signedOffBy\": \"TBC\", \"submittedOn\": \"2017-11-17\""),
            "\"allocation\": 5478595,",
            "\"allocation\": 5478595, \"feeBasis\": {\"answers\": {\"Client contributions\": \"Yes\","
                    + " \"Third party top-ups\": \"No\"}},"),
            "\"narrative\": {},",
            "\"narrative\": {}, \"improvedBcfProgress\": {\"uses\": [{\"description\": \"Housing support for hospital"
                    + " discharge\", \"purpose\": \"Meeting adult social care needs\", \"amount\": 67500}],"
                    + " \"progressReportsSubmitted\": 2},");

    @Test
    void theRecordsReadAsWritten() {
        QuarterlyReturn r = BcfJson.strict().read(HandMade.bytes(WITH_RECORDS), QuarterlyReturn.class);
        assertEquals(LocalDate.of(2017, 11, 17), r.cover().submittedOn());
        assertEquals(Map.of(FeeBasisItem.CLIENT_CONTRIBUTIONS, YesNo.YES, FeeBasisItem.THIRD_PARTY_TOP_UPS, YesNo.NO),
                r.additionalIbcf().feeBasis().answers());
        ImprovedBcfProgress p = r.improvedBcfProgress();
        assertEquals(2, p.progressReportsSubmitted());
        assertEquals(new ImprovedBcfProgress.Use("Housing support for hospital discharge",
                ImprovedBcfPurpose.MEETING_ADULT_SOCIAL_CARE_NEEDS, Money.pounds(67_500)), p.uses().get(0));
    }

    @Test
    void anOlderFileWithoutThemReadsThemAsBlank() {
        QuarterlyReturn r = BcfJson.strict().read(HandMade.bytes(HandMade.RETURN_2017_18), QuarterlyReturn.class);
        assertNull(r.cover().submittedOn());
        assertNull(r.additionalIbcf().feeBasis());
        assertNull(r.improvedBcfProgress());
    }

    @Test
    void theRecordsAreWrittenBackUnchanged() {
        QuarterlyReturn r = BcfJson.strict().read(HandMade.bytes(WITH_RECORDS), QuarterlyReturn.class);
        assertEquals(r, BcfJson.strict().read(BcfJson.strict().write(r), QuarterlyReturn.class));
    }

    @Test
    void aPurposeOutsideTheThreeIsRefused() {
        String text = HandMade.replace(WITH_RECORDS, "\"Meeting adult social care needs\"", "\"Paying off debts\"");
        BcfParseException e = HandMade.refused(BcfJson.strict(), text, QuarterlyReturn.class);
        assertEquals("/improvedBcfProgress/uses/0/purpose", e.pointer());
        assertEquals(true, e.problem().contains("\"Paying off debts\""), e.problem());
    }

    @Test
    void aFeeBasisItemTheInstructionsDoNotNameIsRefused() {
        String text = HandMade.replace(WITH_RECORDS, "\"Third party top-ups\"", "\"Agency margins\"");
        BcfParseException e = HandMade.refused(BcfJson.strict(), text, QuarterlyReturn.class);
        assertEquals(true, e.pointer().startsWith("/additionalIbcf/feeBasis/answers"), e.pointer());
        assertEquals(true, e.problem().contains("Agency margins"), e.problem());
    }

    @Test
    void aSubmissionDateThatIsNotADateIsRefused() {
        String text = HandMade.replace(WITH_RECORDS, "\"2017-11-17\"", "\"17/11/2017\"");
        BcfParseException e = HandMade.refused(BcfJson.strict(), text, QuarterlyReturn.class);
        assertEquals("/cover/submittedOn", e.pointer());
        assertEquals(true, e.problem().contains("17/11/2017"), e.problem());
    }
}
