package dev.bcfkit.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rows of a table under its header, found by its key column (the condition's wording, the
 * metric's name), so that nothing in the table is lost. A blank row inside the table (a council
 * parting its rows) is passed over while the template's rows continue below it; the table ends
 * at a blank row that something other than the table's rows follows. A row with answers but no
 * name is refused naming its cell: which of the template's rows it answers is unknown (derived).
 */
final class TableRows {
    private TableRows() {
    }

    /**
     * The rows with a name in the key column, in order, from the row under the header to the
     * table's end; the caller tells each name against the template's rows. After a blank row, a
     * row that names none of the template's rows is not the table's (the 2016/17 conditions'
     * "National conditions - detailed definitions" below them, {@code [002:915]}): the table
     * ended at the blank row.
     *
     * @param rowOfTable whether a key cell's text names one of the table's rows (a group row too)
     * @param counted whether a row of the table is an item of the document's list, for the pointer
     * @param answers the table's answer columns
     * @param pointer the JSON pointer of the table's list, for a refused row
     * @param what what the key cell names, for a refused row ("a national condition")
     */
    static List<Integer> under(Grid g, Reading reading, int header, int key, int[] answers,
            Predicate<String> rowOfTable, Predicate<String> counted, String pointer, String what) {
        List<Integer> rows = new ArrayList<>();
        int items = 0;
        boolean gap = false;
        for (int r = header + 1; r <= g.sheet.getLastRowNum(); r++) {
            Grid.At k = new Grid.At(r, key);
            if (!g.blank(k)) {
                String name = g.raw(k);
                if (gap && !rowOfTable.test(name)) {
                    break;
                }
                rows.add(r);
                items += counted.test(name) ? 1 : 0;
                gap = false;
            } else if (answered(g, r, answers)) {
                throw reading.problem(pointer + "/" + items, g.address(k), "this row of the table has answers"
                        + " but no name; expected " + what + " in this cell");
            } else {
                gap = true;
            }
        }
        return rows;
    }

    private static boolean answered(Grid g, int r, int[] answers) {
        for (int c : answers) {
            if (c >= 0 && !g.blank(new Grid.At(r, c))) {
                return true;
            }
        }
        return false;
    }
}
