package dev.bcfkit.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet's text cells, read once: each cell's {@linkplain Words#normal normal} words and its
 * position, in reading order (row by row, left to right), found by their words or by a long
 * label's first words ({@link Words#says}). Reading a sheet so visits each of its cells once
 * however many labels are looked up, instead of once per label.
 */
final class LabelIndex {
    /** One text cell: its position and normal words. */
    record Entry(Grid.At at, String words) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byWords = new HashMap<>();
    private final Map<String, List<Entry>> byFirstWords = new HashMap<>();
    private final Reading reading;

    LabelIndex(Sheet sheet, Reading reading) {
        this.reading = reading;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() != CellType.STRING) {
                    continue;
                }
                reading.labelCellsVisited++;
                Entry e = new Entry(new Grid.At(row.getRowNum(), c.getColumnIndex()),
                        Words.normal(c.getStringCellValue()));
                entries.add(e);
                byWords.computeIfAbsent(e.words, k -> new ArrayList<>()).add(e);
                String key = Words.prefixKey(e.words);
                if (key != null) {
                    byFirstWords.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** The first cell, in reading order, at or after a row, that says the label; null if none. */
    Grid.At first(String label, int fromRow) {
        String l = Words.normal(label);
        Entry whole = firstFrom(byWords.get(l), fromRow);
        String key = Words.labelPrefixKey(l);
        Entry prefixed = key == null ? null : firstFrom(byFirstWords.get(key), fromRow);
        return earlier(whole, prefixed);
    }

    /** The first cell at or after a row whose words are exactly the label's; null if none. */
    Grid.At exactly(String label, int fromRow) {
        Entry e = firstFrom(byWords.get(Words.normal(label)), fromRow);
        return e == null ? null : e.at;
    }

    /** The first row in [fromRow, toRow] whose cell in the column says the label; -1 if none. */
    int rowSaying(String label, int column, int fromRow, int toRow) {
        String l = Words.normal(label);
        int best = Math.min(rowIn(byWords.get(l), column, fromRow, toRow), Integer.MAX_VALUE);
        String key = Words.labelPrefixKey(l);
        if (key != null) {
            best = Math.min(best, rowIn(byFirstWords.get(key), column, fromRow, toRow));
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** The first cell, in reading order, in rows [fromRow, toRow] whose normal words pass the test. */
    Grid.At first(int fromRow, int toRow, Predicate<String> words) {
        for (int i = start(entries, fromRow); i < entries.size() && entries.get(i).at.row() <= toRow; i++) {
            reading.labelCellsVisited++;
            if (words.test(entries.get(i).words)) {
                return entries.get(i).at;
            }
        }
        return null;
    }

    private static int rowIn(List<Entry> list, int column, int fromRow, int toRow) {
        if (list != null) {
            for (int i = start(list, fromRow); i < list.size() && list.get(i).at.row() <= toRow; i++) {
                if (list.get(i).at.column() == column) {
                    return list.get(i).at.row();
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Entry firstFrom(List<Entry> list, int fromRow) {
        if (list == null) {
            return null;
        }
        int i = start(list, fromRow);
        return i < list.size() ? list.get(i) : null;
    }

    /** The index of the first entry at or after a row (the list is in reading order). */
    private static int start(List<Entry> list, int fromRow) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).at.row() < fromRow) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Grid.At earlier(Entry a, Entry b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? null : b.at) : a.at;
        }
        boolean aFirst = a.at.row() < b.at.row() || a.at.row() == b.at.row() && a.at.column() <= b.at.column();
        return aFirst ? a.at : b.at;
    }
}
