package com.phonesmith.web.catalogadmin;

/**
 * configurator-api's reasons, in its words, as sentences beside a field: a reason that is a sentence already
 * ("Kids mode can never be chosen: ...") is kept, one that starts with "the" is capitalised ("The window overlaps
 * the launch ..."), and a predicate ("is already a launch") gets the field's subject ("The code is already a
 * launch.").
 */
final class Refusals {
    private Refusals() {
    }

    static String sentence(String subject, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return "";
        }
        boolean predicate = !Character.isUpperCase(text.codePointAt(0)) && !text.startsWith("the ");
        return asSentence(predicate ? subject + " " + text : text);
    }

    /** The text with a capital first letter and a full stop: "no rule x" gives "No rule x.". */
    static String asSentence(String text) {
        String sentence = text == null ? "" : text.strip();
        if (sentence.isEmpty()) {
            return "";
        }
        sentence = sentence.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + sentence.substring(1);
        return sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?") ? sentence : sentence + ".";
    }
}
