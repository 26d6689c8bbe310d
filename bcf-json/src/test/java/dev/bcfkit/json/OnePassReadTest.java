package dev.bcfkit.json;

import static dev.bcfkit.json.HandMade.RETURN_2017_18;
import static dev.bcfkit.json.HandMade.bytes;
import static dev.bcfkit.json.HandMade.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Shape;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link BcfJson#readDocument} parses a document once, from its first member, the format, to its
 * end; what it reads and what it refuses is the same as reading the kind named in advance, or a
 * document whose format comes last (parsed up to it first). The result says whether the reader has
 * judged the model's constraints ({@link ReadResult#shape()}).
 */
class OnePassReadTest {
    private static final BcfJson JSON = BcfJson.strict();
    private static final String FORMAT = "  \"format\": \"bcfkit/quarterly-return/1\",\n";

    private static String formatLast(String document) {
        return replace(document, FORMAT, "").replace("\n  \"narrative\": {},",
                "\n  \"narrative\": {},\n  \"format\": \"bcfkit/quarterly-return/1\",");
    }

    @Test
    void everyEntryPointReadsTheSameDocument() {
        QuarterlyReturn expected = JSON.read(bytes(RETURN_2017_18), QuarterlyReturn.class);
        assertEquals(expected, JSON.readDocument(bytes(RETURN_2017_18), "notts.json"));
        assertEquals(expected, JSON.readDocument(RETURN_2017_18, "notts.json"));
        assertEquals(expected, JSON.read(RETURN_2017_18, "notts.json", QuarterlyReturn.class));
        assertEquals(expected, JSON.readDocument(new ByteArrayInputStream(bytes(RETURN_2017_18)), "<stdin>"));
        assertEquals(expected, JSON.readDocumentWithNotices(new ByteArrayInputStream(bytes(RETURN_2017_18)),
                "<stdin>").value());
        assertEquals(expected, JSON.readDocument(bytes(formatLast(RETURN_2017_18)), "notts.json"));
    }

    @Test
    void aRefusalIsTheSameWhereverTheFormatIsAndWhicheverKindWasAskedFor() {
        String broken = replace(RETURN_2017_18, "\"signedOffBy\": \"TBC\"", "\"signedOffBy\": 1, \"x\": 2");
        BcfParseException asKind = assertThrows(BcfParseException.class,
                () -> JSON.read(bytes(broken), "notts.json", QuarterlyReturn.class));
        BcfParseException first = assertThrows(BcfParseException.class,
                () -> JSON.readDocument(bytes(broken), "notts.json"));
        BcfParseException last = assertThrows(BcfParseException.class,
                () -> JSON.readDocument(bytes(formatLast(broken)), "notts.json"));
        assertEquals(asKind.getMessage(), first.getMessage());
        assertEquals(asKind.problems().size(), first.problems().size());
        assertEquals(asKind.problems().get(0).pointer(), last.problems().get(0).pointer());
        assertEquals("/cover/signedOffBy", first.problems().get(0).pointer());
    }

    @Test
    void aStringWithHalfASurrogatePairIsRefusedNotChanged() {
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> JSON.readDocument(RETURN_2017_18.replace("\"TBC\"", "\"\uD800TBC\""), "notts.json"));
        assertEquals("notts.json", e.source());
        assertEquals(true, e.getMessage().contains("not text that UTF-8 can hold: an unpaired surrogate \\ud800"),
                e.getMessage());
    }

    @Test
    void theShapeIsHeldWhenEveryConstraintHoldsAndLeftToBeanValidationOtherwise() {
        ReadResult<BcfDocument> whole = JSON.readDocumentWithNotices(bytes(RETURN_2017_18), "notts.json");
        assertHeld(whole);
        // the token vouches for the very document read, with the edition the reader resolved from its period
        assertEquals(Edition.QUARTERLY_2017_18, whole.shape().editionOf(whole.value()));
        assertEquals(false, whole.shape().vouchesFor(JSON.readDocument(bytes(RETURN_2017_18), "notts.json")));
        // who signed off is at most 500 characters (@Size(max = 500)); an ONS code is E and 8 digits
        String tooLong = replace(RETURN_2017_18, "\"TBC\"", "\"" + "x".repeat(501) + "\"");
        assertEquals(Shape.UNJUDGED, JSON.readDocumentWithNotices(bytes(tooLong), "notts.json").shape());
        String exactly = replace(RETURN_2017_18, "\"TBC\"", "\"" + "x".repeat(500) + "\"");
        assertHeld(JSON.readDocumentWithNotices(bytes(exactly), "notts.json"));
        String goodOnsCode = replace(RETURN_2017_18, "\"Nottinghamshire\"", "\"Nottinghamshire\", \"onsCode\": \"E10000024\"");
        assertHeld(JSON.readDocumentWithNotices(bytes(goodOnsCode), "notts.json"));
        String badOnsCode = replace(RETURN_2017_18, "\"Nottinghamshire\"", "\"Nottinghamshire\", \"onsCode\": \"E1234567\"");
        assertEquals(Shape.UNJUDGED, JSON.readDocumentWithNotices(bytes(badOnsCode), "notts.json").shape());
        assertEquals(Shape.UNJUDGED, JSON.readWithNotices(bytes(badOnsCode), "notts.json", QuarterlyReturn.class)
                .shape());
    }

    private static void assertHeld(ReadResult<BcfDocument> read) {
        assertEquals(true, read.shape().vouchesFor(read.value()), read.shape().toString());
    }
}
