package com.phonesmith.configurator.benchmark;

import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.CurrentCaller;
import com.phonesmith.platform.security.Roles;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Exists only in the build made with the {@code bench} profile ({@code ./phonesmith bench auth} makes it beside
 * the real one; the production build never contains this class): every request is taken for support's without
 * reading a token, so the benchmark can time the same call with the security check bypassed.
 */
@IfBuildProfile("bench")
@Alternative
@Priority(1)
@RequestScoped
public class BenchmarkCaller extends CurrentCaller {
    public BenchmarkCaller() {
        super(null, null);
    }

    @Override
    public Caller get() {
        return Caller.of("benchmark", Roles.SUPPORT, "127.0.0.1");
    }
}
