package io.shale.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the test method once per {@link Engine}; the method takes the engine as its parameter.
 * Shorthand for {@code @ParameterizedTest(name = "{0}") @EnumSource(Engine.class)}; to run on some
 * engines only, write that pair with {@code @EnumSource(value = Engine.class, names = {...})}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@EnumSource(Engine.class)
public @interface AllEngines {
}
