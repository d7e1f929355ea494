package com.phonesmith.platform.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource whose author forgot to say who may call it: the platform refuses it to everybody. */
@Path("/test/forgotten")
public class ForgottenResource {
    @GET
    public String secret() {
        return "nobody should read this";
    }
}
