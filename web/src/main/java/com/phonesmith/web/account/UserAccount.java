package com.phonesmith.web.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Somebody who signs in to web. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "web_user")
public class UserAccount extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String role;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    public String email;

    @Column(name = "maker_code")
    public String maker;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "last_failed_login_at")
    public Instant lastFailedLoginAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    public static Optional<UserAccount> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username.trim()).firstResultOptional();
    }

    public Person person() {
        return new Person(id, username, displayName, role, Optional.ofNullable(maker), Optional.ofNullable(email));
    }
}
