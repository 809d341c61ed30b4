package org.senrules.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.senrules.core.ApiStatus;

/** A money field that must not be below zero, such as a budget. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface NonNegative {
}
