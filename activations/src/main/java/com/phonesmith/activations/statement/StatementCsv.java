package com.phonesmith.activations.statement;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A statement as CSV (RFC 4180): one row per line, then the total; amounts both in minor units and as the
 * decimal a spreadsheet reads.
 */
public final class StatementCsv {
    private StatementCsv() {
    }

    public static String of(Statement statement) {
        StringBuilder csv = new StringBuilder();
        csv.append("maker,month,line,kind,description,devices,amount_minor,amount,currency\r\n");
        for (Statement.Line line : statement.lines()) {
            csv.append(String.join(",", field(statement.maker()), statement.month(), Integer.toString(line.number()),
                    line.kind(), field(line.description()), Long.toString(line.devices()),
                    Long.toString(line.amountMinor()), decimal(line.amountMinor(), statement.currency()),
                    statement.currency())).append("\r\n");
        }
        csv.append(String.join(",", field(statement.maker()), statement.month(), "", "TOTAL", "Total",
                Long.toString(statement.devicesInUse()), Long.toString(statement.totalMinor()),
                decimal(statement.totalMinor(), statement.currency()), statement.currency())).append("\r\n");
        return csv.toString();
    }

    static String decimal(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** Quotes a field that holds a comma, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String field(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.matches("(?s).*[\",\r\n].*")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
