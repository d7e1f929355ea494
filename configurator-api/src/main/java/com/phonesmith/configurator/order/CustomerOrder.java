package com.phonesmith.configurator.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An order as placed: its own copy of the configuration and price, and the key it was placed with. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "maker_code", nullable = false)
    public String maker;

    @Column(name = "model_code", nullable = false)
    public String model;

    @Column(nullable = false)
    public String colour;

    @Column(name = "storage_gb", nullable = false)
    public int storageGb;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> features;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> apps;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(nullable = false, columnDefinition = "char(3)")
    public String currency;

    @Column(name = "customer_email", nullable = false)
    public String customerEmail;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, columnDefinition = "char(64)")
    public String requestHash;

    /** The account that placed it (its token's subject); null for a guest. */
    @Column(name = "customer_id")
    public String customerId;

    /** Where the order came from, for the per-address limit. */
    @Column(name = "client_address", nullable = false)
    public String clientAddress;

    /** SHA-256 (hex) of the order's tracking token; null for orders placed before tokens existed. */
    @Column(name = "tracking_token_hash", columnDefinition = "char(64)")
    public String trackingTokenHash;

    /** The key the payment was authorised under, and the provider's authorisation. */
    @Column(name = "payment_key")
    public String paymentKey;

    @Column(name = "payment_authorisation")
    public String paymentAuthorisation;

    /** The quote whose price the order holds; null for an order placed at the current price. */
    @Column(name = "quote_id")
    public UUID quoteId;

    /** The day delivery was promised for when the order was placed, and the day it ships; null when none was. */
    @Column(name = "promised_delivery_date")
    public LocalDate promisedDeliveryDate;

    @Column(name = "promised_ship_date")
    public LocalDate promisedShipDate;

    /** When and why the workflow cancelled the order (ReleasePayment); null while it is not cancelled. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /**
     * Where the payment stands, with its amounts (minor units of {@link #currency}) and times; changed only by
     * {@link PaymentRules}. Null (with every amount and time) only for orders placed before payments were taken.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    public PaymentStatus paymentStatus;

    @Column(name = "payment_authorised_minor")
    public Long paymentAuthorisedMinor;

    @Column(name = "payment_authorised_at")
    public Instant paymentAuthorisedAt;

    @Column(name = "payment_captured_minor")
    public Long paymentCapturedMinor;

    @Column(name = "payment_captured_at")
    public Instant paymentCapturedAt;

    @Column(name = "payment_refunded_minor")
    public Long paymentRefundedMinor;

    /** When the hold was voided or the payment refunded. */
    @Column(name = "payment_released_at")
    public Instant paymentReleasedAt;

    public static Optional<CustomerOrder> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
