package io.shale.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code /actuator/shale} when the actuator is on the class path. Boot's endpoint filters decide whether
 * it is reachable ({@code management.endpoints.web.exposure.include=shale}), as for its own endpoints.
 */
@AutoConfiguration(after = ShaleAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(ShaleTargets.class)
public class ShaleEndpointAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    public ShaleEndpoint shaleEndpoint(ShaleTargets targets) {
        return new ShaleEndpoint(targets);
    }
}
