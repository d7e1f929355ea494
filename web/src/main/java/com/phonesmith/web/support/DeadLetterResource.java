package com.phonesmith.web.support;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.backend.Accesses;
import com.phonesmith.web.backend.DeadLetterAction;
import com.phonesmith.web.backend.WorkflowBackend;
import com.phonesmith.web.error.InvalidInputException;
import com.phonesmith.web.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Replay and Discard buttons of a dead letter on support's page: order-workflow hands the message to its
 * consumer again, or gives up on it with support's note; the page says what happened (303 back to
 * {@code /support}, as the other forms of web do).
 */
@Path("/support/dead-letters")
@RolesAllowed(Roles.SUPPORT)
public class DeadLetterResource {
    static final int NOTE_MAX_LENGTH = 500;
    private static final Pattern DEAD_LETTER_ID = Pattern.compile("[0-9]{1,18}");

    private final WorkflowBackend workflow;
    private final Accesses accesses;
    private final Viewer viewer;

    public DeadLetterResource(WorkflowBackend workflow, Accesses accesses, Viewer viewer) {
        this.workflow = workflow;
        this.accesses = accesses;
        this.viewer = viewer;
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Replay an open dead letter: order-workflow hands the message to its consumer again")
    public Response replay(@FormParam("id") String id, @FormParam("note") String note) {
        long letter = id(id);
        String typed = note(note);
        return backToSupport(letter, "Replayed",
                workflow.replayDeadLetter(accesses.of(viewer), letter, typed.isEmpty() ? null : typed));
    }

    @POST
    @Path("/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Discard an open dead letter for good, with a note saying why")
    public Response discard(@FormParam("id") String id, @FormParam("note") String note) {
        long letter = id(id);
        String typed = note(note);
        if (typed.isEmpty()) {
            throw new InvalidInputException("note", "Note", "must say why the dead letter is discarded");
        }
        return backToSupport(letter, "Discarded", workflow.discardDeadLetter(accesses.of(viewer), letter, typed));
    }

    private static Response backToSupport(long id, String done, DeadLetterAction action) {
        return switch (action.outcome()) {
            case DONE -> BackToSupport.notice(done + " dead letter " + id
                    + action.letter().map(letter -> " (" + OpenDeadLetters.describe(letter) + ").").orElse("."));
            case NO_LONGER_OPEN -> BackToSupport.warning("Dead letter " + id + " is no longer open, so nothing was done.");
            case NOT_KNOWN -> BackToSupport.warning("Dead letter " + id + " is not known.");
        };
    }

    private static long id(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (!DEAD_LETTER_ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "Dead letter", "must be a number");
        }
        return Long.parseLong(id);
    }

    /** The note as typed, stripped; empty when none was typed. */
    private static String note(String raw) {
        String note = raw == null ? "" : raw.strip();
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new InvalidInputException("note", "Note", "must be at most " + NOTE_MAX_LENGTH + " characters long");
        }
        return note;
    }
}
