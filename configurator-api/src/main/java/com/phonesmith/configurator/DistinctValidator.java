package com.phonesmith.configurator;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {
    @Override
    public boolean isValid(List<?> values, ConstraintValidatorContext context) {
        if (values == null) {
            return true;
        }
        Set<Object> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null && !seen.add(value)) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                }
                valid = false;
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addContainerElementNode("<list element>", List.class, 0)
                        .inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
