package com.phonesmith.configurator.launch;

import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An admin's changes to a launch that has not closed: its end, its limit per buyer and the units of its variants
 * ({@link #change}, refused by {@link LaunchChangeRules}), and ending it early ({@link #end}). Each locks the launch's
 * row, so that an admin's changes to one launch come one at a time. Lowering a quota is a conditional update
 * ({@code sold <= units}) on the quota's row, which buyers' orders take units from with {@code sold < units}: under any
 * concurrency a quota never ends below its units sold, and a change that would is refused whole.
 */
@ApplicationScoped
public class LaunchChanges {
    private final EntityManager entities;
    private final Launches launches;
    private final Clock clock;

    public LaunchChanges(EntityManager entities, Launches launches, Clock clock) {
        this.entities = entities;
        this.launches = launches;
        this.clock = clock;
    }

    /**
     * Changes a launch that has not closed: its end, its limit per buyer, the units of its variants; all of it or
     * nothing. 404 for no such launch; 422 or 409 naming each field {@link LaunchChangeRules} refuses, 409 for an end
     * that would overlap the next launch of the model or units below those sold meanwhile.
     */
    @Transactional
    public LaunchStatus change(String code, LaunchChange change) {
        LaunchStatus launch = locked(code);
        LaunchChangeRules.refusal(launch, change, clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        if (change.empty()) {
            return launch;
        }
        if (change.closesAt() != null) {
            Launches.lock(entities, "launch-model:" + launch.model());
            @SuppressWarnings("unchecked")
            List<String> overlapping = entities.createNativeQuery("select code from launch where model_code = ?1"
                            + " and code <> ?2 and opens_at < ?3 and least(closes_at, ended_at) > ?4")
                    .setParameter(1, launch.model()).setParameter(2, code)
                    .setParameter(3, Launches.utc(change.closesAt())).setParameter(4, Launches.utc(launch.opensAt()))
                    .getResultList();
            if (!overlapping.isEmpty()) {
                throw ProblemException.conflict("closesAt", "the window would overlap the launch "
                        + overlapping.get(0) + " of the same model");
            }
            entities.createNativeQuery("update launch set closes_at = ?2 where code = ?1").setParameter(1, code)
                    .setParameter(2, Launches.utc(change.closesAt())).executeUpdate();
        }
        if (change.perCustomer() != null) {
            entities.createNativeQuery("update launch set per_customer = ?2 where code = ?1").setParameter(1, code)
                    .setParameter(2, change.perCustomer()).executeUpdate();
        }
        List<LaunchRequest.Quota> quotas = change.quotasOrNone();
        for (int i = 0; i < quotas.size(); i++) {
            LaunchRequest.Quota quota = quotas.get(i);
            // a buyer may have taken a unit since the rules read the launch: the row decides, under its lock
            int changed = entities.createNativeQuery("update launch_quota set units = ?4 where launch_code = ?1"
                            + " and colour = ?2 and storage_gb = ?3 and sold <= ?4")
                    .setParameter(1, code).setParameter(2, quota.colour()).setParameter(3, quota.storageGb())
                    .setParameter(4, quota.units()).executeUpdate();
            if (changed == 0) {
                int sold = ((Number) entities.createNativeQuery("select sold from launch_quota where launch_code = ?1"
                                + " and colour = ?2 and storage_gb = ?3")
                        .setParameter(1, code).setParameter(2, quota.colour()).setParameter(3, quota.storageGb())
                        .getSingleResult()).intValue();
                throw LaunchChangeRules.conflict(List.of(LaunchChangeRules.soldOut(i, sold)));
            }
        }
        return launches.status(code).orElseThrow();
    }

    /**
     * Ends a launch now, before its window closes (one that has not opened yet never opens): from now on it sells
     * nothing and its model is sold as usual. Ending a launch that is over already changes nothing. 404 for none.
     */
    @Transactional
    public LaunchStatus end(String code) {
        LaunchStatus launch = locked(code);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!LaunchStatus.State.at(launch.opensAt(), launch.closesAt(), launch.endedAt(), now).running()) {
            return launch;
        }
        entities.createNativeQuery("update launch set ended_at = ?2 where code = ?1").setParameter(1, code)
                .setParameter(2, Launches.utc(now)).executeUpdate();
        return launches.status(code).orElseThrow();
    }

    /**
     * The launch, its row locked until the transaction ends: {@code for no key update}, which orders' sales (whose
     * foreign key takes a key-share lock on the launch's row while they hold their quota's row) do not wait for, so
     * that an admin lowering a quota and a buyer taking a unit of it never wait for each other in a circle.
     */
    private LaunchStatus locked(String code) {
        List<?> row = entities.createNativeQuery("select code from launch where code = ?1 for no key update")
                .setParameter(1, code).getResultList();
        if (row.isEmpty()) {
            throw ProblemException.notFound("no launch " + code);
        }
        return launches.status(code).orElseThrow();
    }
}
