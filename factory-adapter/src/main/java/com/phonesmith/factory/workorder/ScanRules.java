package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.StationKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an operator's scan of a phone does at the kitting, flashing and shipping stations, by its work order: at
 * kitting a reserved handset (its image known or not) is kitted, at flashing a reserved handset's flash is started
 * (once kitted, when kitting is manual), at shipping a packed parcel is handed to the carrier. A phone scanned again
 * after its scan took effect is answered again without a change; any other phone is refused, saying where it is.
 */
final class ScanRules {
    /** Reserved, before its flash began: where a handset is kitted and its flash started. */
    private static final Set<WorkOrderStatus> BEFORE_FLASH = EnumSet.of(WorkOrderStatus.RESERVED,
            WorkOrderStatus.FLASH_PENDING);

    private ScanRules() {
    }

    /** The work order of a scanned phone, as far as the scan rules look at it. */
    record Phone(String orderId, WorkOrderStatus status, boolean kitted, boolean flashStarted) {
        static Phone of(WorkOrder order) {
            return new Phone(order.orderId, order.status, order.kittedAt != null, order.flashStartedAt != null);
        }
    }

    /**
     * The scan takes effect ({@link #work}), was made before ({@link #again}: answer, change nothing), or is
     * refused.
     */
    record Verdict(boolean work, boolean again, String refusal) {
        static Verdict doIt() {
            return new Verdict(true, false, null);
        }

        static Verdict doneBefore() {
            return new Verdict(false, true, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(false, false, reason);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }

    /** What a scan of this phone at the station does; {@code kittingManual}: flashing needs the phone kitted first. */
    static Verdict judge(StationKind station, Phone phone, boolean kittingManual) {
        return switch (station) {
            case KITTING -> kitting(phone);
            case FLASHING -> flashing(phone, kittingManual);
            case SHIPPING -> shipping(phone);
            default -> throw new IllegalArgumentException(station + " is worked at its bench, not by these scans");
        };
    }

    private static Verdict kitting(Phone phone) {
        if (BEFORE_FLASH.contains(phone.status())) {
            return phone.kitted() ? Verdict.doneBefore() : Verdict.doIt();
        }
        return Verdict.refused("order " + phone.orderId() + " is past kitting already: it is "
                + BenchRules.where(phone.status()) + "; no phone to pick for it");
    }

    private static Verdict flashing(Phone phone, boolean kittingManual) {
        if (BEFORE_FLASH.contains(phone.status())) {
            if (kittingManual && !phone.kitted()) {
                return Verdict.refused("order " + phone.orderId() + " is not kitted yet (" + phone.status()
                        + "): scan the handset at the kitting station first");
            }
            return phone.flashStarted() ? Verdict.doneBefore() : Verdict.doIt();
        }
        if (phone.status() == WorkOrderStatus.FLASHING) {
            return phone.flashStarted() ? Verdict.doneBefore() : Verdict.refused("order " + phone.orderId()
                    + " is being flashed already (FLASHING): the station started it by itself");
        }
        return misfit(StationKind.FLASHING, phone);
    }

    private static Verdict shipping(Phone phone) {
        return switch (phone.status()) {
            case PACKED -> Verdict.doIt();
            case SHIPPED -> Verdict.doneBefore();
            default -> misfit(StationKind.SHIPPING, phone);
        };
    }

    private static Verdict misfit(StationKind station, Phone phone) {
        return Verdict.refused("order " + phone.orderId() + " is " + BenchRules.where(phone.status())
                + ", not waiting at " + station.name().toLowerCase(Locale.ROOT));
    }
}
