package com.phonesmith.configurator.configuration;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Saves configurations under their share code and reopens them. Saving is idempotent: the code comes from the
 * content, and a concurrent save of the same configuration inserts one row (the insert does nothing on a taken
 * code, and the row is read back).
 */
@ApplicationScoped
public class SavedConfigurations {
    private final CatalogService catalogs;
    private final EntityManager entityManager;
    private final Clock clock;

    public SavedConfigurations(CatalogService catalogs, EntityManager entityManager, Clock clock) {
        this.catalogs = catalogs;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Saves the configuration (every code must be in the catalog); the answer says whether it is new. */
    @Transactional
    public Saved save(ConfigurationRequest request) {
        Catalog catalog = catalogs.current();
        new SelectionRules(catalog).selection(request);
        String content = contentOf(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int length : ShareCode.LENGTHS) {
            String code = ShareCode.of(content, length);
            boolean inserted = insertIfFree(code, request, content, now);
            SavedConfiguration saved = SavedConfiguration.findById(code);
            if (saved.content.equals(content)) {
                return new Saved(share(saved, catalog), inserted);
            }
        }
        throw new IllegalStateException("no share code of any length is free for " + content);
    }

    /** The saved configuration reopened against today's catalog; 404 if there is none, 410 if its model is gone. */
    @Transactional
    public SharedConfiguration find(String typedCode) {
        String code = ShareCode.parse(typedCode).orElseThrow(() -> ProblemException.badRequest("code",
                "is not a share code (8 to 20 letters and digits)"));
        SavedConfiguration saved = Optional.ofNullable(SavedConfiguration.<SavedConfiguration>findById(code))
                .orElseThrow(() -> ProblemException.notFound("no configuration was saved as " + code));
        return share(saved, catalogs.current());
    }

    /** A saved configuration, and whether this save made it. */
    public record Saved(SharedConfiguration configuration, boolean created) {
    }

    private static SharedConfiguration share(SavedConfiguration saved, Catalog catalog) {
        Reopening.Reopened reopened = new Reopening(catalog).reopen(saved.request());
        return new SharedConfiguration(saved.code, saved.savedAt, saved.request(), reopened.configuration(),
                reopened.changes());
    }

    /** One line per field, options in the order decided: two requests with the same decisions have the same text. */
    static String contentOf(ConfigurationRequest request) {
        return "model=" + request.model() + "\ncolour=" + (request.colour() == null ? "" : request.colour())
                + "\nstorageGb=" + (request.storageGb() == null ? "" : request.storageGb())
                + "\nchosen=" + String.join(",", request.chosen()) + "\nremoved=" + String.join(",", request.removed());
    }

    /** Inserts the row unless the code is taken (by this content saved concurrently, or by another content). */
    private boolean insertIfFree(String code, ConfigurationRequest request, String content, Instant now) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into saved_configuration (code, model_code, colour, storage_gb, chosen, removed, content,
                        saved_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (code) do nothing""")) {
                insert.setString(1, code);
                insert.setString(2, request.model());
                insert.setString(3, request.colour());
                if (request.storageGb() == null) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setInt(4, request.storageGb());
                }
                insert.setArray(5, connection.createArrayOf("text", request.chosen().toArray()));
                insert.setArray(6, connection.createArrayOf("text", request.removed().toArray()));
                insert.setString(7, content);
                insert.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }
}
