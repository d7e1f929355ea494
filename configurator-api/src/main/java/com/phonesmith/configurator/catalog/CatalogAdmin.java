package com.phonesmith.configurator.catalog;

import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Edits the catalog for admins. A change to the rules is written, then the whole catalog is audited in the same
 * transaction ({@link CatalogAudit}); a change that makes the rules contradict, or leaves an option no configuration
 * of any model can contain, is rolled back and refused with the reason.
 */
@ApplicationScoped
public class CatalogAdmin {
    private static final Logger LOG = Logger.getLogger(CatalogAdmin.class);
    private final CatalogService catalogs;

    public CatalogAdmin(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @Transactional
    public void addRule(RuleRequest rule) {
        catalogs.changing();
        Catalog catalog = catalogs.current();
        List<FieldError> errors = new ArrayList<>();
        if (catalog.option(rule.option()).isEmpty()) {
            errors.add(new FieldError("option", "is not an OS feature or app we offer"));
        }
        if (catalog.option(rule.other()).isEmpty()) {
            errors.add(new FieldError("other", "is not an OS feature or app we offer"));
        } else if (rule.other().equals(rule.option())) {
            errors.add(new FieldError("other", "must be another option than option"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        OptionRuleEntity.Key key = key(rule.kind(), rule.option(), rule.other());
        if (OptionRuleEntity.findById(key) != null) {
            throw ProblemException.conflict("rule", "exists already");
        }
        OptionRuleEntity entity = new OptionRuleEntity();
        entity.id = key;
        entity.persist();
        OptionRuleEntity.flush();
        refuseIfUnsound("rule");
        LOG.infof("catalog: rule added: %s %s %s", rule.option(), rule.kind(), rule.other());
    }

    @Transactional
    public void removeRule(String kind, String option, String other) {
        catalogs.changing();
        if (!OptionRuleEntity.deleteById(key(kind, option, other))) {
            throw ProblemException.notFound("no rule " + option + " " + kind + " " + other);
        }
        OptionRuleEntity.flush();
        refuseIfUnsound("rule");
        LOG.infof("catalog: rule removed: %s %s %s", option, kind, other);
    }

    /** Sets the option's price; quotes given before it no longer hold for orders. */
    @Transactional
    public void changePrice(String code, long priceMinor) {
        catalogs.changing();
        CatalogOptionEntity option = OsFeatureEntity.findById(code);
        if (option == null) {
            option = AppEntity.findById(code);
        }
        if (option == null) {
            throw ProblemException.notFound("no OS feature or app " + code);
        }
        LOG.infof("catalog: price of %s changed from %d to %d", code, option.priceMinor, priceMinor);
        option.priceMinor = priceMinor;
    }

    private void refuseIfUnsound(String field) {
        List<String> problems = CatalogAudit.problems(catalogs.current());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream().map(p -> new FieldError(field, p)).toList());
        }
    }

    private static OptionRuleEntity.Key key(String kind, String option, String other) {
        OptionRuleEntity.Key key = new OptionRuleEntity.Key();
        key.kind = kind;
        key.optionCode = option;
        key.otherCode = other;
        return key;
    }
}
