package com.psynergybilling.leads.platform.control;

/**
 * CSV cells that a spreadsheet cannot mistake for a formula, for every CSV this service writes (the
 * sales export, partner exports): a cell starting with {@code = + - @}, tab or CR is prefixed with
 * an apostrophe, then the cell is quoted.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    public static String row(Object... values) {
        var line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
