package com.phonesmith.activations.activation;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.activations.device.Device;
import com.phonesmith.activations.device.DeviceView;
import com.phonesmith.activations.statement.MakerAccess;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What handsets call (no token: a handset proves who it is with its per-device secret, in each request's proof),
 * and a device's state for support and its maker.
 */
@Path("/api/devices/{imei}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {
    private final DeviceRequests requests;
    private final CurrentCaller caller;
    private final Clock clock;
    private final ActivationsConfig config;

    public DeviceResource(DeviceRequests requests, CurrentCaller caller, Clock clock, ActivationsConfig config) {
        this.requests = requests;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "A provisioned device: its order, activation, last check-in and whether it is in use;"
            + " a partner sees only its own maker's devices")
    @APIResponse(responseCode = "404", description = "no such device, or another maker's")
    public DeviceView device(@PathParam("imei") String imei) {
        Device device = Device.findById(imei);
        if (device == null || !MakerAccess.mayRead(caller.get(), device.maker)) {
            throw ProblemException.notFound("no device with IMEI " + imei);
        }
        return DeviceView.of(device, clock.instant(), config.outOfUseAfter());
    }

    @POST
    @Path("activation")
    @PermitAll
    @Operation(summary = "Activates a handset on its first boot; a repeated activation changes nothing")
    @APIResponse(responseCode = "201", description = "activated now")
    @APIResponse(responseCode = "200", description = "it had activated before; when is in the answer")
    @APIResponse(responseCode = "400", description = "a malformed IMEI, timestamp, nonce or proof")
    @APIResponse(responseCode = "403", description = "a proof that does not match, or a timestamp too far from ours")
    @APIResponse(responseCode = "404", description = "no device with this IMEI was provisioned")
    @APIResponse(responseCode = "409", description = "the nonce was used before (a replayed request)")
    public CompletionStage<RestResponse<DeviceRequests.Activation>> activate(@PathParam("imei") String imei,
            DeviceRequest request) {
        // nothing blocks: the request stays on its event loop and is answered there once its batch committed (a
        // plain future, typed, as Mutiny's operators and a dynamic entity cost more than the rest of the request)
        Context context = Vertx.currentContext();
        CompletableFuture<RestResponse<DeviceRequests.Activation>> answer = new CompletableFuture<>();
        requests.activate(imei, request).whenComplete((activation, failure) -> {
            Runnable complete = () -> {
                if (failure != null) {
                    answer.completeExceptionally(unwrapped(failure));
                } else {
                    answer.complete(RestResponse.status(activation.first() ? RestResponse.Status.CREATED
                            : RestResponse.Status.OK, activation));
                }
            };
            if (context == null) {
                complete.run();
            } else {
                context.runOnContext(ignored -> complete.run());
            }
        });
        return answer;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    @POST
    @Path("check-ins")
    @PermitAll
    @Operation(summary = "A handset says it is in use (monthly); one that was out of use is back in use")
    @APIResponse(responseCode = "200", description = "recorded; until when the device counts as in use")
    @APIResponse(responseCode = "400", description = "a malformed IMEI, timestamp, nonce or proof")
    @APIResponse(responseCode = "403", description = "a proof that does not match, or a timestamp too far from ours")
    @APIResponse(responseCode = "404", description = "no device with this IMEI was provisioned")
    @APIResponse(responseCode = "409", description = "the device has not activated, or the nonce was used before")
    public DeviceRequests.CheckIn checkIn(@PathParam("imei") String imei, DeviceRequest request) {
        return requests.checkIn(imei, request);
    }
}
