package dev.bcfkit.xlsx;

import dev.bcfkit.json.BcfParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What one read collects: the file's name, the cell of each pointer read, and the notices; and
 * each sheet's {@link LabelIndex}, built once, with a count of the text cells the label search
 * visited (so that a test can show the search is linear in a sheet's cells).
 */
final class Reading {
    final String source;
    final Map<String, String> cells = new LinkedHashMap<>();
    final List<String> notices = new ArrayList<>();
    private final Map<Sheet, LabelIndex> indexes = new IdentityHashMap<>();
    /** Text cells the label search has visited: each once when its sheet is indexed, and in scans by a test. */
    long labelCellsVisited;

    Reading(String source) {
        this.source = source;
    }

    /** The sheet's label index, built on first use. */
    LabelIndex index(Sheet sheet) {
        return indexes.computeIfAbsent(sheet, s -> new LabelIndex(s, this));
    }

    void record(String pointer, String cell) {
        cells.putIfAbsent(pointer, cell);
    }

    BcfParseException problem(String pointer, String cell, String problem) {
        return new BcfParseException(source, pointer, 0, 0, (cell == null ? "" : cell + ": ") + problem);
    }
}
