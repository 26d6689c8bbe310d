package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfDocument;
import java.util.List;
import java.util.Map;

/**
 * A document read from a workbook, with the cell of every value read, so that a finding at a
 * JSON pointer ({@code /nationalConditions/2/answer}) can name the cell a person fixes
 * ({@code "2. National Conditions & s75!B9"}).
 *
 * @param document the document read
 * @param cells for each JSON pointer read, its cell as {@code "sheet!A1"}
 * @param notices what the reader noticed but did not refuse, each naming its cell, such as a
 *     formula where the template wants a typed value
 */
public record WorkbookDocument(BcfDocument document, Map<String, String> cells, List<String> notices) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public WorkbookDocument {
        cells = Map.copyOf(cells);
        notices = List.copyOf(notices);
    }

    /**
     * The cell of a JSON pointer, or of its nearest enclosing pointer that has one: a finding on
     * {@code /metrics/2} (a whole block) names the cell of its first value read.
     *
     * @param pointer a JSON pointer into the document
     * @return the cell as {@code "sheet!A1"}, or null if nothing at or under the pointer was read
     *     from a cell
     */
    public String cellOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            String cell = cells.get(p);
            if (cell != null) {
                return cell;
            }
            String under = firstUnder(p);
            if (under != null) {
                return under;
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
        return null;
    }

    private String firstUnder(String pointer) {
        String prefix = pointer + "/";
        String best = null;
        String bestPointer = null;
        for (Map.Entry<String, String> e : cells.entrySet()) {
            if (e.getKey().startsWith(prefix) && (bestPointer == null || e.getKey().compareTo(bestPointer) < 0)) {
                bestPointer = e.getKey();
                best = e.getValue();
            }
        }
        return best;
    }
}
