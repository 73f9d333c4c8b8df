package io.signalbox.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed in aligned columns separated by two spaces, with a header row, as {@code ls -l} or
 * {@code docker ps} print them. The last column is not padded, so lines carry no trailing blanks.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headers; the columns named in {@code rightAlignedColumns} (indexes) align right. */
    TextTable(List<String> headers, int... rightAlignedColumns) {
        this.headers = List.copyOf(headers);
        this.rightAligned = new boolean[headers.size()];
        for (int column : rightAlignedColumns) {
            rightAligned[column] = true;
        }
    }

    /** Adds a row; line breaks and tabs in a cell become spaces so that one row stays one line. */
    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(oneLine(String.valueOf(cell)));
        }
        rows.add(row);
        return this;
    }

    void printTo(PrintWriter out) {
        int[] widths = new int[headers.size()];
        measure(headers, widths);
        rows.forEach(row -> measure(row, widths));
        printRow(out, headers, widths);
        rows.forEach(row -> printRow(out, row, widths));
        out.flush();
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], width(row.get(i)));
        }
    }

    private void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        int last = row.size() - 1;
        for (int i = 0; i <= last; i++) {
            String cell = row.get(i);
            String padding = " ".repeat(widths[i] - width(cell));
            if (rightAligned[i]) {
                line.append(padding).append(cell);
            } else {
                line.append(cell).append(i == last ? "" : padding);
            }
            if (i < last) {
                line.append(GAP);
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /** Width in code points, so a name with letters outside the BMP does not shift the next column. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
