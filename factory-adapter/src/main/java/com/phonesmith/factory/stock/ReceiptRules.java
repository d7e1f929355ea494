package com.phonesmith.factory.stock;

import com.phonesmith.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a stock receipt must say before anything of it is taken in; every problem is named by its field. */
final class ReceiptRules {
    static final int MAX_HANDSETS = 1000;
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private ReceiptRules() {
    }

    static List<Problem.FieldError> check(StockReceipt receipt) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (receipt == null) {
            errors.add(new Problem.FieldError("body", "is required: {model, colour, storageGb, handsets}"));
            return errors;
        }
        code(errors, "model", receipt.model());
        code(errors, "colour", receipt.colour());
        if (receipt.storageGb() == null || receipt.storageGb() <= 0 || receipt.storageGb() > 4096) {
            errors.add(new Problem.FieldError("storageGb", "must be a whole number of gigabytes from 1 to 4096, got "
                    + receipt.storageGb()));
        }
        if (receipt.handsets() == null || receipt.handsets().isEmpty()) {
            errors.add(new Problem.FieldError("handsets", "must list at least one handset"));
            return errors;
        }
        if (receipt.handsets().size() > MAX_HANDSETS) {
            errors.add(new Problem.FieldError("handsets", "at most " + MAX_HANDSETS + " per receipt, got "
                    + receipt.handsets().size()));
            return errors;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < receipt.handsets().size(); i++) {
            StockReceipt.ReceivedHandset handset = receipt.handsets().get(i);
            String field = "handsets[" + i + "]";
            if (handset == null) {
                errors.add(new Problem.FieldError(field, "is required"));
                continue;
            }
            int index = i;
            Imei.problem(handset.imei()).ifPresentOrElse(
                    problem -> errors.add(new Problem.FieldError(field + ".imei", problem)),
                    () -> {
                        Integer first = seen.putIfAbsent(handset.imei(), index);
                        if (first != null) {
                            errors.add(new Problem.FieldError(field + ".imei", "IMEI " + handset.imei()
                                    + " is listed twice (also handsets[" + first + "])"));
                        }
                    });
            if (handset.serial() == null || handset.serial().isBlank() || handset.serial().trim().length() > 64) {
                errors.add(new Problem.FieldError(field + ".serial", "is required, at most 64 characters"));
            }
        }
        return errors;
    }

    private static void code(List<Problem.FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (!value.matches(CODE)) {
            errors.add(new Problem.FieldError(field, "must be a catalog code (letters, digits, dashes and"
                    + " underscores, at most 64), got " + value));
        }
    }
}
