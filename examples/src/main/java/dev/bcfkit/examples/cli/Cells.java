package dev.bcfkit.examples.cli;

import dev.bcfkit.xlsx.WorkbookDocument;
import java.util.List;

/**
 * Where a person sees each value of a document read from an Excel workbook: the cell
 * ({@code "2. National Conditions & s75!B9"}) of a JSON pointer, so that a finding names the cell
 * to fix beside its path; and what the workbook reader noticed but accepted, such as a formula
 * where the template wants a typed value. A JSON document has no cells ({@link #NONE}).
 */
final class Cells {
    /** The cells of a JSON document: none. */
    static final Cells NONE = new Cells(null);

    private final WorkbookDocument workbook;

    private Cells(WorkbookDocument workbook) {
        this.workbook = workbook;
    }

    /**
     * @param workbook a document read from a workbook, with its cells
     * @return its cells
     */
    static Cells of(WorkbookDocument workbook) {
        return new Cells(workbook);
    }

    /**
     * @param pointer a finding's JSON pointer
     * @return the cell as {@code "sheet!A1"} of the value at the pointer, or of the first value
     *     read under it, or of its nearest enclosing value; null for a JSON document or when no
     *     cell holds anything at or around the pointer
     */
    String of(String pointer) {
        return workbook == null ? null : workbook.cellOf(pointer);
    }

    /**
     * @return the workbook reader's notices, each starting with its cell ({@code "Metrics!C4: a
     *     formula ..."}); empty for a JSON document
     */
    List<String> notices() {
        return workbook == null ? List.of() : workbook.notices();
    }

    /**
     * The JSON pointer whose value was read from a cell: a notice names only its cell.
     *
     * @param cell a cell as {@code "sheet!A1"}
     * @return the first pointer read from it, or {@code ""} when none was
     */
    String pointerAt(String cell) {
        if (workbook != null) {
            for (var e : workbook.cells().entrySet()) {
                if (e.getValue().equals(cell)) {
                    return e.getKey();
                }
            }
        }
        return "";
    }
}
