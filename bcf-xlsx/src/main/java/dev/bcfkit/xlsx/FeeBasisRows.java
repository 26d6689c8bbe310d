package dev.bcfkit.xlsx;

import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.FeeBasis;
import dev.bcfkit.core.returns.FeeBasisItem;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a board says its average fees include ("Yes") or exclude ("No"), item by item, under the
 * additional iBCF sheet's fee questions. The 2018/19 template prints these as instructions, not
 * as cells ({@code [004:155-164]}): the averages "should therefore exclude" the local authority's
 * own staff costs, third party top-ups, NHS Funded Nursing Care and full cost paying clients, and
 * "should include" client contributions, fees paid under spot and block contracts and the rest.
 * bcfkit lays them out in that order of the template's words, as labelled rows marked
 * "(bcfkit)", written only when the return records a fee basis; each answer is a cell of its own
 * so that a finding can name it.
 */
final class FeeBasisRows {
    static final String HEADING = "Fee basis: do the averages above include it? (bcfkit)";
    static final String EXCLUDE = "The averages should therefore exclude:";
    static final String INCLUDE = "This single average should include:";

    private FeeBasisRows() {
    }

    static void write(SheetWriting s, FeeBasis basis) {
        if (basis == null) {
            return;
        }
        s.blankRow();
        s.row(HEADING);
        s.row(EXCLUDE);
        rows(s, basis, false);
        s.row(INCLUDE);
        rows(s, basis, true);
    }

    private static void rows(SheetWriting s, FeeBasis basis, boolean included) {
        for (FeeBasisItem i : FeeBasisItem.values()) {
            if (i.included() == included) {
                YesNo a = basis.answers().get(i);
                s.row(i.label(), a == null ? null : a.label());
            }
        }
    }

    /** The recorded answers, with the cell of each; null if the sheet has no fee-basis rows. */
    static FeeBasis read(Grid g, Reading reading, String pointer) {
        Grid.At heading = g.find(HEADING);
        if (heading == null) {
            return null;
        }
        Map<FeeBasisItem, YesNo> answers = new EnumMap<>(FeeBasisItem.class);
        for (FeeBasisItem i : FeeBasisItem.values()) {
            Grid.At at = g.findFrom(heading.row() + 1, i.label());
            if (at == null) {
                throw reading.problem(pointer, g.address(heading), "expected the row \"" + i.label()
                        + "\" under \"" + HEADING + "\"");
            }
            String p = pointer + "/answers/" + i.label().replace("~", "~0").replace("/", "~1");
            YesNo a = g.choice(at.right(1), p, YesNo::fromLabel);
            if (a != null) {
                answers.put(i, a);
            }
        }
        return new FeeBasis(answers);
    }
}
