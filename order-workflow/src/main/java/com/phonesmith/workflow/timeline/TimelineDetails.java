package com.phonesmith.workflow.timeline;

import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.contracts.events.SwapHandset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The short human sentence of each timeline entry. Plain functions of the message, no state. */
public final class TimelineDetails {
    static final int SHORT_DIGEST = 8;
    private static final String UNKNOWN = "?";

    private TimelineDetails() {
    }

    public static String orderPlaced(OrderPlaced e) {
        return "Ordered " + text(e.maker()) + " " + text(e.model()) + ", " + text(e.colour()) + ", "
                + e.storageGb() + " GB; features: " + list(e.features()) + "; apps: " + list(e.apps());
    }

    public static String buildImageSent(BuildImage c) {
        return "Image build requested for " + text(c.model()) + " (features: " + list(c.features())
                + "; apps: " + list(c.apps()) + ")";
    }

    public static String scheduleBuildSent(ScheduleBuild c) {
        return "Factory build requested: " + text(c.model()) + ", " + text(c.colour()) + ", " + c.storageGb() + " GB";
    }

    public static String imageReady(ImageReady e) {
        return "Image " + shortDigest(e.digest()) + " ready (" + size(e.sizeBytes()) + ")";
    }

    public static String imageBuildFailed(ImageBuildFailed e) {
        return "Image build failed: " + text(e.reason());
    }

    public static String handsetReserved(HandsetReserved e) {
        String serial = blank(e.serial()) ? "" : " (serial " + e.serial() + ")";
        return "Handset IMEI " + text(e.imei()) + " reserved" + serial;
    }

    /** @param imei the reserved handset, when known */
    public static String flashHandsetSent(FlashHandset c, String imei) {
        String onto = blank(imei) ? "" : " onto IMEI " + imei;
        return "Flashing of image " + shortDigest(c.digest()) + onto + " requested";
    }

    public static String flashed(Flashed e) {
        return "Image " + shortDigest(e.digest()) + " flashed onto IMEI " + text(e.imei());
    }

    public static String qaPassed(QaPassed e) {
        return "QA passed on IMEI " + text(e.imei()) + " (build " + text(e.fingerprint()) + ")";
    }

    public static String qaFailed(QaFailed e) {
        return "QA failed on IMEI " + text(e.imei()) + ": " + text(e.reason());
    }

    public static String packed(Packed e) {
        return "Packed (IMEI " + text(e.imei()) + ")";
    }

    public static String delivered(Delivered e) {
        return "Delivered by " + text(e.carrier()) + (blank(e.trackingNumber()) ? "" : ", tracking " + e.trackingNumber());
    }

    public static String shipped(Shipped e) {
        return "Shipped with " + text(e.carrier()) + ", tracking " + text(e.trackingNumber());
    }

    public static String factoryStepFailed(FactoryStepFailed e) {
        return "Factory step " + text(e.step()) + " failed: " + text(e.reason());
    }

    /** The first hex digits of a digest ("sha256:" and similar prefixes dropped), then an ellipsis. */
    static String shortDigest(String digest) {
        if (blank(digest)) {
            return UNKNOWN;
        }
        String hex = digest.substring(digest.lastIndexOf(':') + 1);
        return hex.length() <= SHORT_DIGEST ? hex : hex.substring(0, SHORT_DIGEST) + "…";
    }

    /** A byte count as people read it: 512 B, 2.0 KB, 1.2 MB, 3.4 GB (binary multiples). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String list(List<String> values) {
        return values == null || values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static String text(String value) {
        return blank(value) ? UNKNOWN : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static String replyOverdue(String waitingFor, String bound, String sentAgain) {
        return "No " + text(waitingFor) + " within " + text(bound)
                + (sentAgain == null ? "" : "; " + sentAgain + " sent again");
    }

    public static String incidentRaised(String reason) {
        return "Raised to support: " + text(reason);
    }

    public static String supportRetried(String actor, String reason, String sentAgain) {
        return "Retried by support (" + text(actor) + "): " + text(reason)
                + (sentAgain == null ? "" : "; " + sentAgain + " sent again");
    }

    public static String messageReplayed(String type, String topic, String actor, String note) {
        return "Message " + text(type) + " that could not be handled was sent again to " + text(topic)
                + " by support (" + text(actor) + ")" + (blank(note) ? "" : ": " + note);
    }

    public static String messageDiscarded(String type, String actor, String note) {
        return "Message " + text(type) + " that could not be handled was discarded by support (" + text(actor) + "): "
                + text(note);
    }

    public static String flashingStarted(FlashingStarted e) {
        return "Flashing began on IMEI " + text(e.imei()) + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "");
    }

    public static String reflashSent(FlashHandset c, String imei, int qaFailures) {
        return "QA failure " + qaFailures + ": image " + shortDigest(c.digest()) + " to be flashed again onto IMEI "
                + text(imei);
    }

    public static String swapHandsetSent(SwapHandset c, int qaFailures) {
        return "QA failure " + qaFailures + ": handset IMEI " + text(c.imei())
                + " set aside; the image goes onto another handset";
    }

    public static String reworkExhausted(int qaFailures, String lastReason) {
        return "QA failed " + qaFailures + " times (last: " + text(lastReason) + "); support decides: retry on"
                + " another handset, or cancel";
    }

    public static String capturePaymentSent() {
        return "Payment capture requested";
    }

    public static String paymentCaptured(PaymentCaptured e) {
        return "Payment of " + money(e.amountMinor(), e.currency()) + " taken";
    }

    /** @param by "the shopper", or "support (account)" */
    public static String cancelled(String by, String reason) {
        return "Cancelled by " + text(by) + (blank(reason) ? "" : ": " + reason);
    }

    public static String cancelBuildSent() {
        return "Factory asked to stop the build and release the handset and slot";
    }

    public static String releasePaymentSent() {
        return "Payment release requested (void the hold, or refund)";
    }

    public static String buildCancelled(BuildCancelled e) {
        return "Build stopped" + (blank(e.releasedImei()) ? "" : "; handset IMEI " + e.releasedImei()
                + " back in stock") + (blank(e.detail()) ? "" : " (" + e.detail() + ")");
    }

    public static String paymentReleased(PaymentReleased e) {
        return PaymentReleased.REFUNDED.equals(e.how()) ? "Refunded " + money(e.amountMinor(), e.currency())
                : "Payment hold of " + money(e.amountMinor(), e.currency()) + " voided: nothing was charged";
    }

    /** An amount in minor units as people read it: 499.00 EUR. */
    static String money(long amountMinor, String currency) {
        return BigDecimal.valueOf(amountMinor, 2).toPlainString() + " " + text(currency);
    }

    public static String atRisk(Instant shipBy, String workLeft, String status) {
        return "At risk: it must ship by " + shipBy + " to keep its promise and is still " + text(status)
                + " with " + text(workLeft) + " of work before shipping";
    }

    public static String promiseBreached(LocalDate promisedDeliveryDate, String status) {
        return "Promise breached: not delivered by " + promisedDeliveryDate + " (still " + text(status) + ")";
    }

    public static String expedited(String by) {
        return "Expedited by support (" + text(by) + "): the factory puts it ahead of every order not expedited";
    }

    public static String supportNote(String by, String text) {
        return "Note by support (" + text(by) + "): " + text(text);
    }
}
