package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.qa.QaChecklist;
import com.phonesmith.factory.qa.QaGate;
import com.phonesmith.factory.qa.VisualChecksConfig;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An operator works a phone by hand at the QA or packing bench: scans its IMEI, reads its QA checklist, passes or
 * fails it, packs it. Each scan must name a phone waiting at that bench; each change goes through the same steps as
 * the floor's own ({@link QaSteps}, {@link ParcelSteps}), recorded with the operator. Repeating a pass or a pack
 * changes nothing and answers as the first time.
 */
@ApplicationScoped
public class BenchWork {
    static final int MAX_REASON = 500;

    private final ScannedPhones phones;
    private final QaSteps qa;
    private final ParcelSteps parcels;
    private final VisualChecksConfig visual;
    private final Clock clock;

    public BenchWork(ScannedPhones phones, QaSteps qa, ParcelSteps parcels, VisualChecksConfig visual, Clock clock) {
        this.phones = phones;
        this.qa = qa;
        this.parcels = parcels;
        this.visual = visual;
        this.clock = clock;
    }

    /** The parcel of a phone packed at the bench, and where its label is. */
    public record Packed(String orderId, String imei, String carrier, String trackingNumber, String label) {
        static Packed of(WorkOrder order) {
            return new Packed(order.orderId, order.imei, order.carrier, order.trackingNumber,
                    "/api/work-orders/" + order.orderId + "/label");
        }
    }

    /** The QA checklist of the phone with this IMEI, waiting at the QA bench. */
    @Transactional
    public QaChecklist checklist(String imei) {
        return checklistOf(scanned(StationKind.QA, imei, false, LockModeType.NONE));
    }

    /**
     * Passes the phone when every automated check passed and every visual check is ticked (422 naming each item that
     * blocks otherwise); it goes on to packing as after the floor's own QA.
     */
    @Transactional
    public QaChecklist pass(String imei, List<String> ticked, String by) {
        WorkOrder order = scanned(StationKind.QA, imei, true, LockModeType.PESSIMISTIC_WRITE);
        if (order.status == WorkOrderStatus.QA_PASSED) {
            return checklistOf(order); // passed already: nothing to do again
        }
        List<QaGate.Blocker> blockers = QaGate.blockers(QaChecksJson.read(order.qaChecks), visual.checks(), ticked);
        if (!blockers.isEmpty()) {
            throw ProblemException.invalid(blockers.stream()
                    .map(blocker -> new Problem.FieldError(blocker.field(), blocker.reason())).toList());
        }
        qa.passed(order, order.imageFingerprint, by, clock.instant());
        return checklistOf(order);
    }

    /** Fails the phone with the operator's reason: back to the workflow for rework, as after the floor's own QA. */
    @Transactional
    public QaChecklist fail(String imei, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "is required: say what is wrong with the phone, for rework");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.badRequest("reason", "at most " + MAX_REASON + " characters");
        }
        WorkOrder order = scanned(StationKind.QA, imei, false, LockModeType.PESSIMISTIC_WRITE);
        qa.failed(order, "operator's QA: " + reason.strip(), by, clock.instant());
        return checklistOf(order);
    }

    /** The scanned phone goes into its box: packed, booked with the carrier, its label printed. */
    @Transactional
    public Packed pack(String imei, String by) {
        WorkOrder order = scanned(StationKind.PACKING, imei, true, LockModeType.PESSIMISTIC_WRITE);
        if (order.status == WorkOrderStatus.QA_PASSED) {
            parcels.packScanned(order, by, clock.instant());
        }
        return Packed.of(order);
    }

    /**
     * The work order of the scanned phone (locked for a change), if it waits at the bench (or, when {@code doneAgain}, was just
     * moved on by the same step there: a repeated pass or pack).
     */
    private WorkOrder scanned(StationKind bench, String imei, boolean doneAgain, LockModeType lock) {
        WorkOrder order = phones.find(bench, imei, lock);
        // a repeated pack answers the same parcel also once the carrier has taken it (shipping may follow at once)
        Set<WorkOrderStatus> movedOn = bench == StationKind.QA ? EnumSet.of(WorkOrderStatus.QA_PASSED)
                : EnumSet.of(WorkOrderStatus.PACKED, WorkOrderStatus.SHIPPED);
        if (doneAgain && movedOn.contains(order.status)) {
            return order;
        }
        BenchRules.misfit(bench, order.orderId, order.status).ifPresent(reason -> {
            throw ProblemException.conflict("imei", reason);
        });
        return order;
    }

    private QaChecklist checklistOf(WorkOrder order) {
        return QaChecklist.of(order.orderId, order.imei, order.model, order.colour, order.storageGb,
                order.status.name(), QaChecksJson.read(order.qaChecks), visual.checks());
    }
}
