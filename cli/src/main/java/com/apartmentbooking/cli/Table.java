package com.apartmentbooking.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of text in aligned columns, for human output. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... headings) {
        rows.add(headings);
    }

    Table row(String... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null || cells[i].isEmpty() ? "-" : cells[i];
        }
        rows.add(row);
        return this;
    }

    List<String> lines() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
