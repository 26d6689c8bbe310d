package dev.bcfkit.xlsx;

import dev.bcfkit.json.BcfParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one read collects: the file's name, the cell of each pointer read, and the notices. */
final class Reading {
    final String source;
    final Map<String, String> cells = new LinkedHashMap<>();
    final List<String> notices = new ArrayList<>();

    Reading(String source) {
        this.source = source;
    }

    void record(String pointer, String cell) {
        cells.putIfAbsent(pointer, cell);
    }

    BcfParseException problem(String pointer, String cell, String problem) {
        return new BcfParseException(source, pointer, 0, 0, (cell == null ? "" : cell + ": ") + problem);
    }
}
