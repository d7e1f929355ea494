package com.phonesmith.configurator.launch;

import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may change in a launch, and why not (a plain class): a change that names nothing changes nothing and is no
 * error; otherwise only a launch that has not closed or been ended changes;
 * its window may end later, or sooner but not before now (ending it now is {@code POST /api/launches/{code}/end}) and
 * never before it opens; a quota may name only a variant of the launch, once, and never fewer units than are sold.
 * Values that can never be right are refused as invalid (422); values that the launch's state refuses now (it ended,
 * units are sold) as a conflict (409). Every wrong field is named, with the reason.
 */
public final class LaunchChangeRules {
    private LaunchChangeRules() {
    }

    /** The refusal of this change to the launch as it stands at {@code now}, if it is refused. */
    public static Optional<ProblemException> refusal(LaunchStatus launch, LaunchChange change, Instant now) {
        if (change.empty()) {
            return Optional.empty();
        }
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> conflicts = new ArrayList<>();
        LaunchStatus.State state = LaunchStatus.State.at(launch.opensAt(), launch.closesAt(), launch.endedAt(), now);
        if (!state.running()) {
            String over = state == LaunchStatus.State.ENDED ? "the launch was ended at " + launch.endedAt()
                    : "the launch closed at " + launch.closesAt();
            for (String field : fields(change)) {
                conflicts.add(new FieldError(field, "cannot change: " + over));
            }
            return problem(invalid, conflicts);
        }
        if (change.closesAt() != null) {
            if (!change.closesAt().isAfter(launch.opensAt())) {
                invalid.add(new FieldError("closesAt", "must be after opensAt (" + launch.opensAt() + ")"));
            } else if (!change.closesAt().isAfter(now)) {
                invalid.add(new FieldError("closesAt", "must be later than now (" + now + "); to end the launch now,"
                        + " end it (POST /api/launches/" + launch.code() + "/end)"));
            }
        }
        Set<String> named = new HashSet<>();
        List<LaunchRequest.Quota> quotas = change.quotasOrNone();
        for (int i = 0; i < quotas.size(); i++) {
            LaunchRequest.Quota quota = quotas.get(i);
            Optional<LaunchStatus.Quota> current = launch.quotas().stream()
                    .filter(q -> q.colour().equals(quota.colour()) && q.storageGb() == quota.storageGb())
                    .findFirst();
            if (current.isEmpty()) {
                invalid.add(new FieldError("quotas[" + i + "]", "is not a variant of the launch (it has "
                        + launch.quotas().stream().map(LaunchChangeRules::label).collect(Collectors.joining(", "))
                        + ")"));
            } else if (!named.add(label(current.get()))) {
                invalid.add(new FieldError("quotas[" + i + "]", "lists its variant again"));
            } else if (quota.units() < current.get().sold()) {
                conflicts.add(soldOut(i, current.get().sold()));
            }
        }
        return problem(invalid, conflicts);
    }

    /** The refusal of units below the units sold, for the quota at this index of the change. */
    public static FieldError soldOut(int index, int sold) {
        return new FieldError("quotas[" + index + "].units", "cannot be less than the " + sold
                + (sold == 1 ? " unit" : " units") + " already sold");
    }

    private static Optional<ProblemException> problem(List<FieldError> invalid, List<FieldError> conflicts) {
        if (invalid.isEmpty() && conflicts.isEmpty()) {
            return Optional.empty();
        }
        if (invalid.isEmpty()) {
            return Optional.of(conflict(conflicts));
        }
        List<FieldError> all = new ArrayList<>(invalid);
        all.addAll(conflicts);
        return Optional.of(ProblemException.invalid(all));
    }

    /** 409 naming each field. */
    static ProblemException conflict(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "));
        return new ProblemException(409, "Conflict", detail, errors);
    }

    private static List<String> fields(LaunchChange change) {
        List<String> fields = new ArrayList<>();
        if (change.closesAt() != null) {
            fields.add("closesAt");
        }
        if (change.perCustomer() != null) {
            fields.add("perCustomer");
        }
        if (!change.quotasOrNone().isEmpty()) {
            fields.add("quotas");
        }
        return fields;
    }

    private static String label(LaunchStatus.Quota quota) {
        return quota.colour() + " " + quota.storageGb() + " GB";
    }
}
