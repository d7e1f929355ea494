package com.phonesmith.factory.qa;

/**
 * One automated QA check of a flashed handset: what the order expects, what the booted handset reported, whether
 * they agree, and, when they do not, the difference in words (as QaFailed says it).
 *
 * @param item short name of what is checked: {@code boot}, {@code fingerprint}, {@code partition:system},
 *             {@code imei}, {@code model}, {@code colour}, {@code storage}, {@code feature:desktop-mode} and
 *             {@code app:firefox} for each ordered or installed feature and app (or {@code features}/{@code apps},
 *             passed, when the order's are not known and were not checked)
 */
public record QaCheck(String item, String expected, String actual, boolean passed, String difference) {
    public static QaCheck pass(String item, String expected, String actual) {
        return new QaCheck(item, expected, actual, true, null);
    }

    public static QaCheck fail(String item, String expected, String actual, String difference) {
        return new QaCheck(item, expected, actual, false, difference);
    }
}
