package com.phonesmith.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    @Test
    void requestsArrivingTogetherAreWrittenInFewBatchesEachAnsweredWithItsOwnResult() throws Exception {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 16, Duration.ZERO, batch -> {
            batches.add(batch);
            Thread.sleep(5);
            return batch.stream().map(i -> "written " + i).toList();
        })) {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(commit.submit(i));
            }
            for (int i = 0; i < 200; i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("written " + i);
            }
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(200);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(16));
        assertThat(batches.size()).isLessThan(50);
    }

    @Test
    void noRequestIsAnsweredBeforeItsBatchWasWritten() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 8, Duration.ZERO, batch -> {
            writing.countDown();
            release.await();
            return batch;
        })) {
            CompletableFuture<Integer> answer = commit.submit(1);
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(answer).isNotDone();
            release.countDown();
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void aFailedBatchAnswersEachOfItsRequestsWithTheFailureAndTheNextBatchIsWrittenAsUsual() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 8, Duration.ZERO, batch -> {
            if (batch.contains(0)) {
                firstBatchStarted.countDown();
                release.await();
                return batch;
            }
            if (batch.contains(13)) {
                throw new IllegalStateException("the transaction failed");
            }
            return batch;
        })) {
            CompletableFuture<Integer> first = commit.submit(0);
            firstBatchStarted.await(5, TimeUnit.SECONDS);
            List<CompletableFuture<Integer>> failing = List.of(commit.submit(11), commit.submit(12), commit.submit(13));
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
            for (CompletableFuture<Integer> answer : failing) {
                assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasMessageContaining("the transaction failed");
            }
            assertThat(commit.submit(21).get(5, TimeUnit.SECONDS)).isEqualTo(21);
        }
    }

    @Test
    void aWriterAnsweringTooFewResultsFailsItsBatchRatherThanAnsweringSomeWrongly() {
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 8, Duration.ZERO, batch -> List.of())) {
            assertThatThrownBy(() -> commit.submit(1).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withAWaitTheWriterGathersRequestsArrivingWithinItIntoOneBatch() throws Exception {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 64, Duration.ofMillis(300), batch -> {
            batches.add(batch);
            return batch;
        })) {
            CompletableFuture<Integer> first = commit.submit(1);
            Thread.sleep(20);
            CompletableFuture<Integer> second = commit.submit(2);
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(batches).containsExactly(List.of(1, 2));
    }

    @Test
    void withTwoWritersASecondBatchIsWrittenWhileTheFirstWaitsForItsCommit() throws Exception {
        CountDownLatch bothWriting = new CountDownLatch(2);
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 2, 1, Duration.ZERO, batch -> {
            bothWriting.countDown();
            if (!bothWriting.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other batch was not written meanwhile");
            }
            return batch;
        })) {
            CompletableFuture<Integer> first = commit.submit(1);
            CompletableFuture<Integer> second = commit.submit(2);
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        }
    }

    @Test
    void afterClosingARequestIsRefusedRatherThanLeftWaiting() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 8, Duration.ZERO, batch -> batch);
        commit.close();
        assertThatThrownBy(() -> commit.submit(1).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }
}
