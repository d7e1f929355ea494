package com.phonesmith.images.build;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageBuildProgress;
import com.phonesmith.contracts.events.ImageBuildStarted;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.handset.ext4.Ext4Image;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.Commands;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.ArtifactsConfig;
import com.phonesmith.images.bundle.BundlePlan;
import com.phonesmith.images.bundle.Bundles;
import com.phonesmith.images.release.Selection;
import com.phonesmith.images.releases.Releases;
import com.phonesmith.platform.outbox.OutboxMessage;
import com.phonesmith.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BuildImageTest extends RealInfrastructure {
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    BundleBuildService queue;
    @Inject
    Bundles bundles;
    @Inject
    Releases releases;
    @Inject
    ArtifactsConfig config;

    @Test
    void aBuildImageCommandIsAnsweredWithAnImageReadyWhoseBundleHoldsTheConfigurationsPackages() throws Exception {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "nordvik-fjord", List.of("microg", "privacy-dns"),
                List.of("signal", "firefox", "osmand")));

        ImageReady ready = imageReadyEvents(orderId, 1).get(0);

        ImageBuildStarted started = eventsOf(orderId, ImageBuildStarted.class, 1).get(0);
        assertThat(started.attempt()).isEqualTo(1);
        List<ImageBuildProgress> progress = eventsOf(orderId, ImageBuildProgress.class, 5);
        assertThat(progress).extracting(ImageBuildProgress::percent).containsExactly(5, 60, 75, 90, 100);
        assertThat(progress).extracting(ImageBuildProgress::stage).containsExactly("system image", "vendor image",
                "product image", "signing and packing the bundle", "built");
        assertThat(progress).allSatisfy(step -> assertThat(step.bundleKey()).isEqualTo(started.bundleKey()));
        assertThat(ready.digest()).matches("[0-9a-f]{64}");
        assertThat(ready.url()).endsWith("/api/artifacts/" + ready.digest());
        assertThat(ready.fingerprint()).matches(
                "phonesmith/nordvik-fjord/nordvik-fjord:1\\.0/[0-9a-f]{12}/2:user/release-keys");
        byte[] bundle = given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE))
                .when().get(URI.create(ready.url()).getPath())
                .then().statusCode(200).contentType("application/octet-stream")
                .header("X-Content-SHA256", ready.digest())
                .header("Content-Length", String.valueOf(ready.sizeBytes()))
                .extract().asByteArray();
        assertThat(ArtifactStore.sha256Hex(bundle)).isEqualTo(ready.digest());
        Path file = Files.write(Files.createTempFile("bundle-", ".zip"), bundle);
        try (FactoryBundle opened = FactoryBundle.open(file)) {
            assertThat(opened.board()).isEqualTo("nordvik-fjord");
            assertThat(opened.partitions()).containsExactly("boot", "system", "vendor", "product");
            Path product = Files.createTempFile("product-", ".raw");
            SparseReader.expand(opened.extract("product", Files.createTempFile("product-", ".simg")), product);
            try (Ext4Image image = Ext4Image.open(product)) {
                String props = new String(image.readFile("/etc/build.prop").orElseThrow(), StandardCharsets.UTF_8);
                assertThat(props).contains("ro.build.fingerprint=" + ready.fingerprint())
                        .contains("ro.phonesmith.features=microg,privacy-dns")
                        .contains("ro.phonesmith.apps=firefox,osmand,signal")
                        .doesNotContain(orderId);
                String packages = new String(image.readFile("/etc/phonesmith/packages.list").orElseThrow(),
                        StandardCharsets.UTF_8);
                assertThat(packages).contains("app-firefox ", "app-osmand ", "app-signal ", "feature-microg ",
                        "feature-privacy-dns ");
            }
        }
    }

    @Test
    void theBuildRecordOfAnOrderShowsItsBundle() {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "lumo-one", List.of(), List.of("k9-mail")));
        ImageReady ready = imageReadyEvents(orderId, 1).get(0);

        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200).contentType("application/json")
                .body("orderId", equalTo(orderId))
                .body("status", equalTo("BUILT"))
                .body("digest", equalTo(ready.digest()))
                .body("sizeBytes", equalTo((int) ready.sizeBytes()))
                .body("fingerprint", equalTo(ready.fingerprint()))
                .body("url", equalTo(ready.url()))
                .body("bundle.model", equalTo("lumo-one"))
                .body("bundle.release", equalTo("1.0"))
                .body("bundle.partitions.name", equalTo(List.of("boot", "product", "system", "vendor")))
                .body("bundle.packages", hasItem(startsWith("app-k9-mail ")))
                .body("error", nullValue());
    }

    @Test
    void ordersOfTheSameConfigurationShareOneBundleBuiltOnce() {
        String first = newOrderId();
        String second = newOrderId();
        BuildImage command = new BuildImage(first, "lumo-pro", List.of("desktop-mode"), List.of("threema"));
        Commands.send(command);
        Commands.send(new BuildImage(second, "lumo-pro", List.of("desktop-mode"), List.of("threema")));

        ImageReady one = imageReadyEvents(first, 1).get(0);
        ImageReady two = imageReadyEvents(second, 1).get(0);

        assertThat(two.digest()).isEqualTo(one.digest());
        assertThat(two.fingerprint()).isEqualTo(one.fingerprint());
        String key = QuarkusTransaction.requiringNew().call(() -> ImageBuild.forOrder(first).orElseThrow().bundleKey);
        assertThat(QuarkusTransaction.requiringNew().call(() -> BundleBuild.<BundleBuild>findById(key).attempts))
                .as("built in one attempt, by one worker").isEqualTo(1);
    }

    @Test
    void aBuildClaimedByABuilderThatDiedIsTakenAgainWhenItsShortLeaseLapsesAndItsOrderGetsItsImage() throws Exception {
        BundlePlan plan = bundles.pipeline().plan(releases.find("1.0").orElseThrow(),
                new Selection("nordvik-fjord", List.of("desktop-mode"), List.of("k9-mail", "threema")));
        QuarkusTransaction.requiringNew().run(() -> {
            // claimed as a worker claims it, by a worker that is then killed: nobody renews the lease
            BundleBuild claimed = queue.enqueue(plan, true);
            claimed.status = BuildStatus.BUILDING;
            claimed.attempts = 1;
            claimed.leaseUntil = Instant.now().plus(config.buildLease());
        });
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "nordvik-fjord", List.of("desktop-mode"), List.of("k9-mail", "threema")));

        ImageReady ready = imageReadyEvents(orderId, 1).get(0);

        BundleBuild build = QuarkusTransaction.requiringNew().call(() -> BundleBuild.findById(plan.bundleKey()));
        assertThat(build.status).isEqualTo(BuildStatus.BUILT);
        assertThat(build.attempts).as("taken again by a live worker").isEqualTo(2);
        assertThat(build.digest).isEqualTo(ready.digest());
    }

    @Test
    void aSecondBuildImageForTheSameOrderBuildsNothingNewAndAnnouncesTheSameImageAgain() {
        String orderId = newOrderId();
        BuildImage command = new BuildImage(orderId, "lumo-pro", List.of("work-profile"), List.of("newpipe"));
        Commands.send(command);
        ImageReady first = imageReadyEvents(orderId, 1).get(0);

        Commands.send(command);

        List<ImageReady> both = imageReadyEvents(orderId, 2);
        assertThat(both.get(1)).isEqualTo(first);
        assertThat(buildRowsOf(orderId)).isEqualTo(1);
    }

    @Test
    void theSameMessageDeliveredTwiceIsHandledOnce() {
        String orderId = newOrderId();
        BuildImage command = new BuildImage(orderId, "nordvik-tundra", List.of("desktop-mode"), List.of());
        UUID messageId = UUID.randomUUID();
        Commands.send(command, messageId);
        Commands.send(command, messageId);
        imageReadyEvents(orderId, 1);
        // a later message for the same order (same partition) is handled only after both deliveries
        UUID later = Commands.send(command);
        await().atMost(WAIT).until(() -> handled(later));

        assertThat(imageReadyEvents(orderId, 2)).hasSize(2);
        assertThat(imageReadyOutboxMessagesOf(orderId)).as("ImageReady written once per handled message").isEqualTo(2);
        assertThat(buildRowsOf(orderId)).isEqualTo(1);
    }

    @Test
    void anUnknownAppMakesAFailedBuildNamingItAnnouncedWithImageBuildFailedAndNoImageReady() {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "lumo-one", List.of("microg"), List.of("firefox", "solitaire")));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("error", equalTo("unknown app 'solitaire'"))
                .body("digest", nullValue())
                .body("url", nullValue())
                .body("manifest", nullValue()));
        ImageBuildFailed failed = eventsOf(orderId, ImageBuildFailed.class, 1).get(0);
        assertThat(failed).isEqualTo(new ImageBuildFailed(orderId, "unknown app 'solitaire'"));
        // the build row and its event are committed together: the failure is the only event of this order
        assertThat(outboxMessagesOf(orderId)).isEqualTo(1);
        assertThat(KafkaProbe.awaitRecords(Topics.IMAGES_EVENTS, r -> orderId.equals(r.key()), 1, WAIT))
                .extracting(r -> CODEC.parse(r.value()).type()).containsExactly("ImageBuildFailed");
    }

    @Test
    void aSelectionWhosePackagesConflictFailsWithAReasonNamingBoth() {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "lumo-one", List.of("work-profile", "kids-mode"), List.of()));

        ImageBuildFailed failed = eventsOf(orderId, ImageBuildFailed.class, 1).get(0);

        assertThat(failed.reason()).contains("work-profile").contains("kids-mode");
    }

    @Test
    void aLaterCommandForAnOrderWhoseBuildFailedTriesAgainOnTheSameRecord() {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "brick-9000", List.of(), List.of()));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error", equalTo("unknown model 'brick-9000'")));
        assertThat(eventsOf(orderId, ImageBuildFailed.class, 1))
                .containsExactly(new ImageBuildFailed(orderId, "unknown model 'brick-9000'"));
        long buildNumber = buildNumberOf(orderId);

        Commands.send(new BuildImage(orderId, "lumo-pro", List.of(), List.of("navigator-pro")));

        imageReadyEvents(orderId, 1);
        assertThat(buildNumberOf(orderId)).isEqualTo(buildNumber);
        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200).body("status", equalTo("BUILT")).body("error", nullValue());
        assertThat(buildRowsOf(orderId)).isEqualTo(1);
    }

    @Test
    void aBuildThatFailsAgainOnALaterCommandIsAnnouncedAgainWithTheNewReason() {
        String orderId = newOrderId();
        Commands.send(new BuildImage(orderId, "lumo-one", List.of("teleport"), List.of()));
        eventsOf(orderId, ImageBuildFailed.class, 1);

        Commands.send(new BuildImage(orderId, "lumo-one", List.of(), List.of("solitaire")));

        assertThat(eventsOf(orderId, ImageBuildFailed.class, 2)).containsExactly(
                new ImageBuildFailed(orderId, "unknown feature 'teleport'"),
                new ImageBuildFailed(orderId, "unknown app 'solitaire'"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200).body("status", equalTo("FAILED")).body("error", equalTo("unknown app 'solitaire'"));
        assertThat(buildRowsOf(orderId)).isEqualTo(1);
        assertThat(outboxMessagesOf(orderId)).isEqualTo(2);
    }

    @Test
    void otherCommandsOnTheTopicArePassedOverWithoutAnInboxRowOrABuild() {
        String orderId = newOrderId();
        UUID scheduleId = Commands.send(new ScheduleBuild(orderId, "lumo-one", "coral", 64));
        // the BuildImage sent after it, on the same partition, shows when the ScheduleBuild has been passed over
        Commands.send(new BuildImage(orderId, "lumo-one", List.of(), List.of()));

        imageReadyEvents(orderId, 1);
        assertThat(handled(scheduleId)).isFalse();
        assertThat(buildRowsOf(orderId)).isEqualTo(1);
    }

    @Test
    void anOrderWithoutABuildIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/builds/{orderId}", newOrderId())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private static String newOrderId() {
        return "order-" + UUID.randomUUID();
    }

    private static List<ImageReady> imageReadyEvents(String orderId, int count) {
        return eventsOf(orderId, ImageReady.class, count);
    }

    /** The events of this type on images.events for the order (other types for it are skipped). */
    private static <T extends Event> List<T> eventsOf(String orderId, Class<T> type, int count) {
        String typeName = EventCodec.typeOf(type).name();
        List<ConsumerRecord<String, String>> records = KafkaProbe.awaitRecords(Topics.IMAGES_EVENTS,
                r -> orderId.equals(r.key()) && typeName.equals(CODEC.parse(r.value()).type()), count, WAIT);
        assertThat(records).as(typeName + " events of " + orderId).hasSize(count);
        return records.stream().map(r -> CODEC.payloadOf(CODEC.parse(r.value()), type)).toList();
    }

    private static long buildRowsOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ImageBuild.count("orderId", orderId));
    }

    private static long buildNumberOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ImageBuild.forOrder(orderId).orElseThrow().id);
    }

    private static boolean handled(UUID messageId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from inbox_message where message_id = :id and consumer = :consumer")
                .setParameter("id", messageId)
                .setParameter("consumer", BuildImageConsumer.CONSUMER)
                .getSingleResult()).longValue() == 1);
    }

    private static long imageReadyOutboxMessagesOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("messageKey", orderId)
                .stream().filter(m -> "ImageReady".equals(CODEC.parse(m.payload).type())).count());
    }

    private static long outboxMessagesOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", orderId));
    }
}
