package io.shale.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/shale}: for each managed data source (by bean name), the document that
 * {@code shale status --json} prints. Reading it opens one connection per data source.
 */
@Endpoint(id = "shale")
public class ShaleEndpoint {
    private final ShaleTargets targets;

    public ShaleEndpoint(ShaleTargets targets) {
        this.targets = targets;
    }

    @ReadOperation
    public Map<String, Object> status() {
        Map<String, Object> byDataSource = new LinkedHashMap<>();
        targets.all().forEach((name, target) -> byDataSource.put(name, StatusJson.of(target.shale().status())));
        return Map.of("dataSources", byDataSource);
    }
}
