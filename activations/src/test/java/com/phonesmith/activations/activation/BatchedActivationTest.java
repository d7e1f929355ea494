package com.phonesmith.activations.activation;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestClock;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.contracts.devices.DeviceProof;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Activations arriving together are written in shared transactions (group commit): each is still answered as if it
 * were alone, only after its transaction committed, and one refused activation never fails the others.
 */
@QuarkusTest
class BatchedActivationTest extends RealInfrastructure {
    @Inject
    EntityManager entities;

    @Test
    void manyDevicesActivatingAtOnceAreAllCommittedAndEachPublishesDeviceActivatedExactlyOnce() throws Exception {
        List<TestDevices.Handset> handsets = handsets(60);

        List<Integer> statuses = atOnce(handsets.stream().<Callable<Integer>>map(h -> () -> h.activate().statusCode())
                .toList());

        assertThat(statuses).containsOnly(201);
        for (TestDevices.Handset handset : handsets) {
            assertThat(count("select count(*) from device where imei = ?1 and activated_at is not null", handset))
                    .isEqualTo(1);
            assertThat(count("select count(*) from usage_period where imei = ?1", handset)).isEqualTo(1);
            assertThat(count("select count(*) from outbox_message where message_key = ?1"
                    + " and payload like '%DeviceActivated%'", handset)).isEqualTo(1);
        }
    }

    @Test
    void theSameDeviceActivatedManyTimesAtOnceAmongOthersHasExactlyOneWinnerAndTheRestAreToldWhen() throws Exception {
        TestDevices.Handset contested = TestDevices.provisioned("lumo", "lumo-one");
        List<TestDevices.Handset> others = handsets(20);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(() -> contested.activate().statusCode());
            if (i < others.size()) {
                TestDevices.Handset other = others.get(i);
                requests.add(() -> other.activate().statusCode());
            }
        }

        List<Integer> statuses = atOnce(requests);

        List<Integer> contestedStatuses = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i += 2) {
            contestedStatuses.add(statuses.get(i));
        }
        assertThat(contestedStatuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1 + 12);
        assertThat(count("select count(*) from outbox_message where message_key = ?1", contested)).isEqualTo(1);
        assertThat(count("select count(*) from usage_period where imei = ?1", contested)).isEqualTo(1);
    }

    @Test
    void aWrongProofAStaleTimestampAnUnknownImeiOrAReplayAmongGoodActivationsIsRefusedAloneAndTheOthersActivate() throws Exception {
        List<TestDevices.Handset> good = handsets(20);
        TestDevices.Handset unknown = new TestDevices.Handset(TestDevices.newImei(), DeviceProof.verifierOf(new byte[] {1}),
                "lumo", "lumo-one");
        TestDevices.Handset late = TestDevices.provisioned("lumo", "lumo-one");
        String lateNonce = TestDevices.nonce();
        TestDevices.Handset target = TestDevices.provisioned("lumo", "lumo-one");
        TestDevices.Handset impostor = new TestDevices.Handset(target.imei(),
                DeviceProof.verifierOf("guessed".getBytes()), "lumo", "lumo-one");
        TestDevices.Handset replayed = TestDevices.provisioned("lumo", "lumo-one");
        String nonce = TestDevices.nonce();
        List<Callable<Integer>> requests = new ArrayList<>();
        requests.add(() -> impostor.activate().statusCode());
        requests.add(() -> replayed.send(DeviceProof.ACTIVATE, "activation", TestClock.now(), nonce).statusCode());
        requests.add(() -> replayed.send(DeviceProof.ACTIVATE, "activation", TestClock.now(), nonce).statusCode());
        requests.add(() -> unknown.activate().statusCode());
        requests.add(() -> late.send(DeviceProof.ACTIVATE, "activation", TestClock.now().minus(Duration.ofMinutes(6)),
                lateNonce).statusCode());
        good.forEach(h -> requests.add(() -> h.activate().statusCode()));

        List<Integer> statuses = atOnce(requests);

        assertThat(statuses.get(0)).isEqualTo(403);
        assertThat(statuses.subList(1, 3)).containsExactlyInAnyOrder(201, 409);
        assertThat(statuses.get(3)).isEqualTo(404);
        assertThat(statuses.get(4)).isEqualTo(403);
        assertThat(statuses.subList(5, statuses.size())).containsOnly(201);
        assertThat(count("select count(*) from device where imei = ?1 and activated_at is null", target)).isEqualTo(1);
        assertThat(count("select count(*) from device where imei = ?1 and activated_at is null", late)).isEqualTo(1);
        assertThat(count("select count(*) from used_nonce where imei = ?1", late)).isZero();
        assertThat(count("select count(*) from used_nonce where imei = ?1", target)).isZero();
        assertThat(count("select count(*) from outbox_message where message_key = ?1", replayed)).isEqualTo(1);
    }

    @Test
    void aBatchWhoseTransactionFailsAnswersEachOfItsActivationsWithAnErrorAndEvery201IsRecorded() throws Exception {
        TestDevices.Handset poisoned = TestDevices.provisioned("lumo", "lumo-one");
        List<TestDevices.Handset> handsets = handsets(40);
        handsets.add(20, poisoned);
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("create or replace function fail_poisoned() returns trigger language plpgsql as"
                    + " $$ begin if new.imei = '" + poisoned.imei() + "' then raise exception 'poisoned'; end if;"
                    + " return new; end $$").executeUpdate();
            entities.createNativeQuery("create trigger fail_poisoned before insert on usage_period for each row"
                    + " execute function fail_poisoned()").executeUpdate();
        });
        List<Integer> statuses;
        try {
            statuses = atOnce(handsets.stream().<Callable<Integer>>map(h -> () -> h.activate().statusCode()).toList());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entities.createNativeQuery("drop trigger fail_poisoned on usage_period").executeUpdate();
                entities.createNativeQuery("drop function fail_poisoned()").executeUpdate();
            });
        }

        assertThat(statuses.get(20)).isEqualTo(503);
        assertThat(statuses).containsOnly(201, 503);
        Map<TestDevices.Handset, Integer> answered = new HashMap<>();
        for (int i = 0; i < handsets.size(); i++) {
            answered.put(handsets.get(i), statuses.get(i));
        }
        answered.forEach((handset, status) -> {
            long activated = count("select count(*) from device where imei = ?1 and activated_at is not null", handset);
            long events = count("select count(*) from outbox_message where message_key = ?1", handset);
            assertThat(activated).as("activated, answered %d", status).isEqualTo(status == 201 ? 1 : 0);
            assertThat(events).as("events, answered %d", status).isEqualTo(status == 201 ? 1 : 0);
        });
        poisoned.activate().then().statusCode(201);
    }

    private static List<TestDevices.Handset> handsets(int count) {
        List<TestDevices.Handset> handsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            handsets.add(TestDevices.provisioned(i % 2 == 0 ? "lumo" : "nordvik", "model-" + i % 3));
        }
        return handsets;
    }

    /** Sends every request at once, from a thread each; the statuses in the order of the requests. */
    private static List<Integer> atOnce(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private long count(String sql, TestDevices.Handset handset) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(sql)
                .setParameter(1, handset.imei()).getSingleResult()).longValue());
    }
}
