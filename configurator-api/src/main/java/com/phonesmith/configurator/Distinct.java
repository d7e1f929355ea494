package com.phonesmith.configurator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A list in which no entry appears twice; each repeat is reported at its own index. */
@Documented
@Constraint(validatedBy = DistinctValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Distinct {
    String message() default "is already listed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
