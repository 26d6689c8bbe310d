package dev.bcfkit.json;

import dev.bcfkit.testkit.seeds.SampleDocument;
import java.nio.charset.StandardCharsets;

/**
 * The sample documents (bcf-testkit's {@link SampleDocument}: the real returns, plan and pooled
 * budgets of the papers) with their wire format, as JSON written by {@link BcfJson} from the golden
 * fixtures at run time. The committed files in {@code examples/data} are these bytes: the examples
 * module checks that, so nothing here reads another module's folder.
 */
enum Sample {
    /** Southend 2016/17 Q1 ({@code [002:854-1171]}). */
    SOUTHEND_2016_17_Q1(SampleDocument.SOUTHEND_2016_17_Q1),
    /** Southend 2016/17 Q2 ({@code [002:1420-1792]}). */
    SOUTHEND_2016_17_Q2(SampleDocument.SOUTHEND_2016_17_Q2),
    /** Southend 2016/17 Q3 ({@code [002:1796-2187]}). */
    SOUTHEND_2016_17_Q3(SampleDocument.SOUTHEND_2016_17_Q3),
    /** Southend 2016/17 Q4 ({@code [002:2191-2613]}). */
    SOUTHEND_2016_17_Q4(SampleDocument.SOUTHEND_2016_17_Q4),
    /** Nottinghamshire 2017/18 Q2 ({@code [000]}). */
    NOTTINGHAMSHIRE_2017_18_Q2(SampleDocument.NOTTINGHAMSHIRE_2017_18_Q2),
    /** Dorset 2018/19 Q2 ({@code [004]}). */
    DORSET_2018_19_Q2(SampleDocument.DORSET_2018_19_Q2),
    /** Nottinghamshire's 2014 plan ({@code [003]}). */
    NOTTINGHAMSHIRE_PLAN_2014(SampleDocument.NOTTINGHAMSHIRE_PLAN_2014),
    /** Southend's 2017-19 pooled budget ({@code [002:107-128]}). */
    SOUTHEND_POOLED_BUDGET(SampleDocument.SOUTHEND_POOLED_BUDGET),
    /** Nottinghamshire's 2017-19 pooled budget ({@code [000:42-53]}). */
    NOTTINGHAMSHIRE_POOLED_BUDGET(SampleDocument.NOTTINGHAMSHIRE_POOLED_BUDGET),
    /** The Mid-Nottinghamshire Better Together Alliance's local outcomes, October 2016 ({@code [001:35-41]}). */
    MID_NOTTS_ALLIANCE_2016_10(SampleDocument.MID_NOTTS_ALLIANCE_2016_10);

    private final SampleDocument document;

    Sample(SampleDocument document) {
        this.document = document;
    }

    /**
     * @param fileName a sample's file name, such as {@code southend-2016-17-q1.json}
     * @return its JSON text
     * @throws IllegalArgumentException if no sample has that name
     */
    static String text(String fileName) {
        for (Sample s : values()) {
            if (s.fileName().equals(fileName)) {
                return s.text();
            }
        }
        throw new IllegalArgumentException("no sample named \"" + fileName + "\"");
    }

    /** @return the file name the sample has in examples/data */
    String fileName() {
        return document.fileName();
    }

    /** @return the document's format */
    DocumentFormat format() {
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.documentType() == document.documentType()) {
                return f;
            }
        }
        throw new IllegalStateException("no format for " + document.documentType());
    }

    /** @return the golden fixture the sample is written from */
    Object fixture() {
        return document.fixture();
    }

    /** @return the sample as JSON text, written from the fixture */
    String text() {
        return BcfJson.strict().writeString(fixture());
    }

    /** @return the sample as UTF-8 bytes, written from the fixture */
    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
