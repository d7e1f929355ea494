package com.phonesmith.configurator.promise;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The delivery promise of a variant: factory-adapter's answer (kept per variant for {@code cache-for}, a failure for
 * {@code fallback-cache-for}), judged by {@link PromiseRules} against today. Never fails: without a usable answer
 * nothing is promised. Call it outside any database transaction: it may wait for the factory up to its timeout.
 */
@ApplicationScoped
public class Promises {
    private static final Logger LOG = Logger.getLogger(Promises.class);

    private final FactoryClient factory;
    private final ShortCache<VariantCode, Optional<FactoryAnswer>> answers;
    private final Clock clock;
    private final ZoneId zone;

    public Promises(PromiseConfig config, Clock clock) {
        this.factory = new FactoryClient(config.factoryUrl(), config.timeout());
        this.answers = new ShortCache<>(clock,
                answer -> answer.isPresent() ? config.cacheFor() : config.fallbackCacheFor());
        this.clock = clock;
        this.zone = config.zone();
    }

    /** What may be promised today for this variant (one the catalog sells). */
    public Promise of(VariantCode variant) {
        Optional<FactoryAnswer> answer = answers.get(variant, () -> ask(variant));
        return PromiseRules.judge(variant, answer, LocalDate.ofInstant(clock.instant(), zone));
    }

    private Optional<FactoryAnswer> ask(VariantCode variant) {
        try {
            FactoryAnswer answer = factory.ask(variant);
            Optional<String> nonsense = PromiseRules.nonsenseIn(variant, answer);
            if (nonsense.isPresent()) {
                LOG.warnf("factory-adapter's promise for %s cannot be right: %s; nothing is promised", variant,
                        nonsense.get());
                return Optional.empty();
            }
            return Optional.of(answer);
        } catch (FactoryException e) {
            LOG.warnf("factory-adapter gave no promise for %s: %s; nothing is promised", variant, e.getMessage());
            return Optional.empty();
        }
    }
}
