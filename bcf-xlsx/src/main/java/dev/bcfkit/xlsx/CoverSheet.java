package dev.bcfkit.xlsx;

import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.xlsx.SheetWriting.Input;
import java.util.List;

/**
 * The cover: board, who completed it, e-mail, contact number and who signed it off, each a label
 * with its answer beside it ({@code [000:188-192]}) or below it ({@code [004:20-28]}). The
 * labels are given in that order, then the ONS code's and the submission day's (bcfkit additions,
 * written only when known).
 */
final class CoverSheet {
    private CoverSheet() {
    }

    static void write(SheetWriting s, ReturnCover c, List<String> labels) {
        HealthAndWellbeingBoard b = c == null ? null : c.healthAndWellbeingBoard();
        s.row(labels.get(0), new Input(b == null ? null : b.name()));
        s.row(labels.get(1), new Input(c == null ? null : c.completedBy()));
        s.row(labels.get(2), new Input(c == null ? null : c.email()));
        s.row(labels.get(3), new Input(c == null ? null : c.contactNumber()));
        s.row(labels.get(4), new Input(c == null ? null : c.signedOffBy()));
        if (b != null && b.onsCode() != null) {
            s.row(labels.get(5), b.onsCode());
        }
        if (c != null && c.submittedOn() != null) {
            s.row(labels.get(6), c.submittedOn());
        }
    }

    static ReturnCover read(Grid g, List<String> labels) {
        String[] all = labels.toArray(String[]::new);
        String name = value(g, labels.get(0), "/cover/healthAndWellbeingBoard/name", all);
        String ons = value(g, labels.get(5), "/cover/healthAndWellbeingBoard/onsCode", all);
        ReturnCover c = new ReturnCover(name == null && ons == null ? null : new HealthAndWellbeingBoard(name, ons),
                value(g, labels.get(1), "/cover/completedBy", all), value(g, labels.get(2), "/cover/email", all),
                value(g, labels.get(3), "/cover/contactNumber", all),
                value(g, labels.get(4), "/cover/signedOffBy", all), submittedOn(g, labels.get(6), all));
        return c;
    }

    private static java.time.LocalDate submittedOn(Grid g, String label, String[] labels) {
        Grid.At at = g.find(label);
        return at == null ? null : g.date(g.valueOf(at, labels), "/cover/submittedOn");
    }

    private static String value(Grid g, String label, String pointer, String[] labels) {
        Grid.At at = g.find(label);
        if (at == null) {
            if (label.contains("bcfkit")) {
                return null;
            }
            g.require(label);
        }
        return g.text(g.valueOf(at, labels), pointer);
    }
}
