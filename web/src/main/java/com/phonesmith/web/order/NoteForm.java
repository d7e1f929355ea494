package com.phonesmith.web.order;

import com.phonesmith.platform.security.Roles;

/**
 * The "Add a note" part of the order page, for support only: a note goes on the order's timeline at order-workflow,
 * which shows it to staff only. After a refused attempt it holds what was typed and the error beside the field;
 * after a note was added ({@code added}), the page says so.
 *
 * @param shown  whether the viewer (support) gets the form
 * @param action where the form posts
 */
public record NoteForm(boolean shown, String action, String text, String textError, boolean added) {
    static final int TEXT_MAX_LENGTH = 2000;
    static final String TEXT_REQUIRED = "Write the note: it goes on the order's timeline, where staff read it.";

    /** For the viewer: their role (empty for a guest). */
    static NoteForm of(String orderId, String viewerRole) {
        return new NoteForm(Roles.SUPPORT.equals(viewerRole), "/orders/" + orderId + "/notes", "", "", false);
    }

    /** What is wrong with a note as typed (stripped), before order-workflow is asked; empty when nothing is. */
    static String problemOf(String text) {
        if (text.isEmpty()) {
            return TEXT_REQUIRED;
        }
        if (text.length() > TEXT_MAX_LENGTH) {
            return "The note must be at most " + TEXT_MAX_LENGTH + " characters long (it has " + text.length() + ").";
        }
        return "";
    }

    /** The form again after a refused attempt, with what was typed and the error beside the field. */
    NoteForm refused(String typed, String error) {
        return new NoteForm(shown, action, typed == null ? "" : typed, error == null ? "" : error, false);
    }

    /** The page right after a note was added: it says so. */
    NoteForm justAdded() {
        return new NoteForm(shown, action, "", "", shown);
    }
}
