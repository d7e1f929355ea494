package com.phonesmith.workflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Events;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.ImageBuildProgress;
import com.phonesmith.contracts.events.ImageBuildStarted;
import com.phonesmith.contracts.events.OrderAtRisk;
import com.phonesmith.contracts.events.PromiseBreached;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.EntryType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The table of what each event means is complete: every event heard has a row, every entry kind a producer. */
class OrderEventTest {
    /** The topics order-workflow reads (application.properties, mp.messaging.incoming.*.topic). */
    private static final Set<String> TOPICS_READ = Set.of(Topics.ORDERS_EVENTS, Topics.IMAGES_EVENTS,
            Topics.FACTORY_EVENTS);
    /** Events on those topics that order-workflow passes over, and why. */
    private static final Map<Class<? extends Event>, String> PASSED_OVER = Map.of(
            ImageBuildStarted.class, "a build's progress is the image builder's, not a step of the order",
            ImageBuildProgress.class, "a build's progress is the image builder's, not a step of the order",
            OrderAtRisk.class, "order-workflow publishes it",
            PromiseBreached.class, "order-workflow publishes it");
    /** BPMN messages that no event of another service brings: order-workflow correlates them itself. */
    private static final Set<String> OWN_MESSAGES = Set.of(OrderProcess.REWORK_APPROVED, OrderProcess.CANCEL_REQUESTED);
    private static final Path MAIN_SOURCES = Path.of("src/main/java/com/phonesmith/workflow");

    @Test
    void everyEventOnTheTopicsReadHasAMeaningOrIsPassedOverOnPurpose() {
        Set<Class<? extends Event>> onTopicsRead = Events.ALL.stream()
                .filter(type -> TOPICS_READ.contains(EventCodec.typeOf(type).topic()))
                .collect(Collectors.toSet());
        Set<Class<? extends Event>> withMeaning = new HashSet<>(OrderEvent.consumedTypes());

        assertThat(withMeaning).as("events with a meaning are events of the topics read").isSubsetOf(onTopicsRead);
        assertThat(PASSED_OVER.keySet()).as("passed over").doesNotContainAnyElementsOf(withMeaning)
                .isSubsetOf(onTopicsRead);
        Set<Class<? extends Event>> unaccounted = new HashSet<>(onTopicsRead);
        unaccounted.removeAll(withMeaning);
        unaccounted.removeAll(PASSED_OVER.keySet());
        assertThat(unaccounted).as("events on the topics read with neither a meaning nor a reason to pass them over")
                .isEmpty();
    }

    @Test
    void eachEventTypeHasOneRowAndEveryWireNameIsUsedOnce() {
        List<Class<? extends Event>> types = OrderEvent.consumedTypes();
        assertThat(types).doesNotHaveDuplicates().hasSize(OrderEvent.values().length);
        List<String> wireNames = Stream.concat(Arrays.stream(OrderEvent.values()), Arrays.stream(EntryType.values()))
                .map(EntryKind::wireName).toList();
        assertThat(wireNames).doesNotHaveDuplicates().allMatch(name -> name.matches("[A-Z][A-Za-z]+"));
        assertThat(EntryKinds.all()).hasSize(wireNames.size());
        wireNames.forEach(name -> assertThat(EntryKinds.ofWireName(name).wireName()).isEqualTo(name));
    }

    @Test
    void everyEntryOrderWorkflowMakesItselfIsMadeSomewhere() {
        String sources = mainSourcesBut("timeline/EntryType.java", "order/StatusRules.java");
        List<EntryType> neverMade = Arrays.stream(EntryType.values())
                .filter(type -> !sources.contains("EntryType." + type.name()))
                .toList();
        assertThat(neverMade).as("entry types no code records").isEmpty();
    }

    @Test
    void everyMessageARowNamesIsAMessageOfTheProcessAndEveryOtherMessageIsOrderWorkflowsOwn() {
        Set<String> bpmnMessages = bpmnMessageNames();
        List<String> correlated = Arrays.stream(OrderEvent.values())
                .flatMap(meaning -> meaning.message().stream()).toList();

        assertThat(correlated).doesNotHaveDuplicates();
        assertThat(bpmnMessages).containsAll(correlated);
        Set<String> uncorrelated = new HashSet<>(bpmnMessages);
        correlated.forEach(uncorrelated::remove);
        assertThat(uncorrelated).isEqualTo(OWN_MESSAGES);
    }

    @Test
    void anEventHeardOnlyForItsTimelineMovesNeitherProcessNorStatus() {
        assertThat(OrderEvent.FLASHING_STARTED.message()).isEmpty();
        assertThat(OrderEvent.FLASHING_STARTED.status()).isEmpty();
        assertThat(OrderEvent.PAYMENT_CAPTURED.message()).isEmpty();
        assertThat(OrderEvent.SHIPPED.message()).contains(OrderProcess.SHIPPED);
        assertThat(OrderEvent.SHIPPED.status()).contains(OrderStatus.SHIPPED);
        assertThat(Arrays.stream(OrderEvent.values()).filter(EntryKind::internal)).isEmpty();
    }

    @Test
    void theFactorysEventsFromFlashingOnProveThatFlashingBeganAndNothingEarlierDoes() {
        assertThat(Arrays.stream(OrderEvent.values()).filter(OrderEvent::provesFlashingBegan)).containsExactly(
                OrderEvent.FLASHING_STARTED, OrderEvent.FLASHED, OrderEvent.QA_PASSED, OrderEvent.QA_FAILED,
                OrderEvent.PACKED, OrderEvent.SHIPPED, OrderEvent.DELIVERED);
    }

    private static String mainSourcesBut(String... excluded) {
        Set<Path> left = Arrays.stream(excluded).map(MAIN_SOURCES::resolve).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java") && !left.contains(file))
                    .map(OrderEventTest::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> bpmnMessageNames() {
        try (InputStream bpmn = OrderEventTest.class.getClassLoader().getResourceAsStream(OrderProcess.BPMN_RESOURCE)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList messages = factory.newDocumentBuilder().parse(bpmn)
                    .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "message");
            return IntStream.range(0, messages.getLength())
                    .mapToObj(i -> messages.item(i).getAttributes().getNamedItem("name").getNodeValue())
                    .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + OrderProcess.BPMN_RESOURCE, e);
        }
    }
}
