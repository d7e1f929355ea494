package com.phonesmith.web.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackendCallsTest {
    @Test
    void aNotFoundAnswerIsAnEmptyResult() {
        assertThat(BackendCalls.optional("order-workflow", () -> {
            throw new WebApplicationException(404);
        })).isEmpty();
    }

    @Test
    void anIdTheBackendRejectsAsMalformedIsAnEmptyResult() {
        assertThat(BackendCalls.optional("configurator-api", () -> {
            throw new WebApplicationException(400);
        })).isEmpty();
    }

    @Test
    void aRefusedConnectionMakesTheBackendUnavailable() {
        assertThatThrownBy(() -> BackendCalls.optional("order-workflow", () -> {
            throw new ProcessingException(new ConnectException("Connection refused"));
        })).isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
            assertThat(e.backend()).isEqualTo("order-workflow");
            assertThat(e.getMessage()).contains("ConnectException: Connection refused");
        });
    }

    @Test
    void aServerErrorMakesTheBackendUnavailable() {
        assertThatThrownBy(() -> BackendCalls.required("configurator-api", () -> {
            throw new WebApplicationException(500);
        })).isInstanceOf(BackendUnavailableException.class).hasMessageContaining("HTTP 500");
    }

    @Test
    void aResourceThatMustExistButIsNotFoundMakesTheBackendUnavailable() {
        assertThatThrownBy(() -> BackendCalls.required("configurator-api", () -> {
            throw new WebApplicationException(404);
        })).isInstanceOf(BackendUnavailableException.class).hasMessageContaining("404");
    }

    @Test
    void anEmptyAnswerMakesTheBackendUnavailable() {
        assertThatThrownBy(() -> BackendCalls.optional("configurator-api", () -> null))
                .isInstanceOf(BackendUnavailableException.class);
    }

    @Test
    void aRefusalTheCallerExpectsIsAnAnswerWithItsStatus() {
        BackendCalls.Answer<String> answer = BackendCalls.answer("order-workflow", () -> {
            throw new WebApplicationException(409);
        }, Set.of(404, 409));

        assertThat(answer.body()).isEmpty();
        assertThat(answer.refusal()).isEqualTo(409);
    }

    @Test
    void aRefusalTheCallerDoesNotExpectMakesTheBackendUnavailable() {
        assertThatThrownBy(() -> BackendCalls.answer("order-workflow", () -> {
            throw new WebApplicationException(400);
        }, Set.of(404, 409))).isInstanceOf(BackendUnavailableException.class).hasMessageContaining("HTTP 400");
    }
}
