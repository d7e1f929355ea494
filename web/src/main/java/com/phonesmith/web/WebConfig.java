package com.phonesmith.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Settings of the web backend-for-frontend. */
@ConfigMapping(prefix = "phonesmith.web")
public interface WebConfig {
    /** Base URL of configurator-api (catalog, orders). */
    @WithDefault("http://127.0.0.1:8081")
    URI configuratorUrl();

    /** Base URL of order-workflow (order timelines). */
    @WithDefault("http://127.0.0.1:8082")
    URI workflowUrl();

    /** Base URL of factory-adapter (stock, work orders). */
    @WithDefault("http://127.0.0.1:8083")
    URI factoryUrl();

    /** Base URL of the activations service (partners' devices and statements, the year's summary). */
    @WithDefault("http://127.0.0.1:8085")
    URI activationsUrl();

    /** How long to wait for a backend to accept a connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for a backend's answer. */
    @WithDefault("5s")
    Duration readTimeout();

    /** Time zone in which pages show times. */
    @WithDefault("UTC")
    ZoneId displayZone();

    Tokens tokens();

    Sessions sessions();

    Login login();

    /**
     * Services that may obtain a token of role {@code service} with the client credentials grant: client id to
     * its secret (from the environment in production, e.g. {@code PHONESMITH_WEB_CLIENTS_FACTORY_ADAPTER}).
     */
    @WithName("clients")
    Map<String, String> serviceClients();

    Demo demo();

    Live live();

    SignIn signIn();

    Oidc oidc();

    /** Where people sign in: with web's own accounts, or at an external OpenID Connect provider. */
    interface SignIn {
        /**
         * {@code web} (the default): web's accounts, sessions and tokens; {@code oidc}: the provider of
         * {@code phonesmith.web.oidc.*} (production: {@code PHONESMITH_WEB_SIGN_IN_PROVIDER}).
         */
        @WithDefault("web")
        Provider provider();

        /** Whether people sign in at the OpenID Connect provider. */
        default boolean atProvider() {
            return provider() == Provider.OIDC;
        }

        enum Provider {
            WEB,
            OIDC
        }
    }

    /**
     * The OpenID Connect provider people sign in at when {@code phonesmith.web.sign-in.provider=oidc} (production:
     * {@code PHONESMITH_WEB_OIDC_URL}, {@code PHONESMITH_WEB_OIDC_CLIENT_ID}, {@code PHONESMITH_WEB_OIDC_CLIENT_SECRET};
     * they become quarkus-oidc's {@code quarkus.oidc.auth-server-url}, {@code client-id} and {@code credentials.secret}).
     */
    interface Oidc {
        /** The provider's issuer URL, e.g. {@code https://sso.example/realms/phonesmith}. */
        Optional<String> url();

        Optional<String> clientId();

        Optional<String> clientSecret();

        /** The provider as pages name it: "Sign in with ...". */
        @WithDefault("our sign-in service")
        String name();

        /** Where people make an account at the provider, shown instead of web's sign-up form. */
        Optional<URI> signUpUrl();

        /** The claim holding a person's roles, as a path of names separated by {@code /} (Keycloak's realm roles). */
        @WithDefault("realm_access/roles")
        String rolesClaim();

        /** The claim holding a partner's maker code. */
        @WithDefault("maker")
        String makerClaim();
    }

    /** The order pages' live part: a stream of server-sent events that web relays from order-workflow. */
    interface Live {
        /** How often web sends the browser a comment when nothing changed, so that no proxy closes the stream. */
        @WithDefault("15s")
        Duration heartbeat();

        /** The longest order-workflow may stay silent (it sends heartbeats) before web gives up the stream. */
        @WithDefault("60s")
        Duration longestSilence();

        /**
         * A stream ends after this long and the browser opens it again, so that the viewer's session (signed out,
         * expired) is checked again.
         */
        @WithDefault("30m")
        Duration maxDuration();

        /** Streams one web instance keeps open at most; beyond, a page asks again later (503). */
        @WithDefault("10000")
        int maxStreams();
    }

    /** The tokens web signs for each call to a service, and hands out at {@code /oauth/token}. */
    interface Tokens {
        /** The {@code iss} claim; the services check it. */
        @WithDefault("phonesmith-web")
        String issuer();

        @WithDefault("phonesmith")
        String audience();

        /** Lifetime of the token web signs for one call to a service on a person's behalf. */
        @WithDefault("5m")
        Duration callLifetime();

        /** Lifetime of a token handed out at /oauth/token to an API client or a service. */
        @WithDefault("15m")
        Duration clientLifetime();

        /**
         * Folder of the signing key pair ({@code token-signing-key.pem}) and the form key ({@code form-key}):
         * made on first start when missing, never in git. Replicas of web share it (a mounted secret).
         */
        @WithDefault(".phonesmith/web-keys")
        Path keysDir();

        /** Whether a missing key is made (dev) or is an error at start-up (production, where replicas share it). */
        @WithDefault("true")
        boolean generateMissingKeys();
    }

    interface Sessions {
        /** A session nobody used for this long ends. */
        @WithDefault("30m")
        Duration idleTimeout();

        /** A session ends this long after sign-in, however busy. */
        @WithDefault("12h")
        Duration maxAge();

        /** Whether cookies carry the Secure flag (everywhere but a developer's plain-HTTP machine). */
        @WithDefault("true")
        boolean secureCookies();
    }

    /** Against password guessing: slow down, then lock the account; and a bound per client address. */
    interface Login {
        /** Failed sign-ins after which each further attempt must wait (2 s, then doubling). */
        @WithDefault("3")
        int slowDownAfter();

        @WithDefault("2s")
        Duration firstDelay();

        /** Failed sign-ins in a row that lock the account. */
        @WithDefault("5")
        int lockAfter();

        @WithDefault("15m")
        Duration lockDuration();

        /**
         * Failed sign-ins from one address (any accounts) in the current and the previous {@link #addressWindow()}
         * before it is refused.
         */
        @WithDefault("30")
        int maxFailuresPerAddress();

        @WithDefault("15m")
        Duration addressWindow();

        /** The bcrypt work factor of new password hashes (each step doubles the work). */
        @WithDefault("12")
        int bcryptCost();
    }

    /** Demo accounts, one per role and one partner per maker of the catalog, made on first start. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();

        /** One password for every demo account (tests); without it each gets a random one, written to the file. */
        Optional<String> password();

        /** Where the demo accounts and their passwords are written for the person starting the system. */
        Optional<Path> accountsFile();
    }
}
