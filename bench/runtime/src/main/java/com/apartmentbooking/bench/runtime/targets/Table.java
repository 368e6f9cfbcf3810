package com.apartmentbooking.bench.runtime.targets;

import java.util.ArrayList;
import java.util.List;

/** A markdown table printed to standard output, with a heading and notes under it. */
final class Table {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    Table note(String note) {
        notes.add(note);
        return this;
    }

    void print() {
        StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n");
        line(out, header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(i == 0 ? "---|" : "---:|");
        }
        out.append('\n');
        rows.forEach(row -> line(out, row));
        notes.forEach(note -> out.append('\n').append(note).append('\n'));
        System.out.print(out);
        System.out.flush();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
