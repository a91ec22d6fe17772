package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bound {@code targets:} section into {@link TargetSettings}, refusing entries that are
 * neither one database nor exactly one generator.
 */
final class TargetsSection {
    private TargetsSection() {
    }

    static Map<String, TargetSettings> read(Object value, String file) {
        Map<String, TargetSettings> out = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> entries)) {
            return out;
        }
        entries.forEach((key, entry) -> {
            Map<?, ?> t = (Map<?, ?>) entry;
            String name = (String) key;
            List<String> schemas = new ArrayList<>();
            if (t.get("schemas") instanceof List<?> items) {
                items.forEach(item -> schemas.add((String) item));
            }
            TargetSettings target = new TargetSettings(name, (String) t.get("url"), (String) t.get("user"),
                    (Secret) t.get("password"), (String) t.get("schema"), (String) t.get("environment"),
                    (String) t.get("databases"), schemas, (String) t.get("query"), (String) t.get("on"));
            validate(target, file == null ? "shale.yaml" : file);
            out.put(name, target);
        });
        return out;
    }

    private static void validate(TargetSettings t, String file) {
        String where = file + ": `targets." + t.name() + "`";
        int kinds = (t.databases() != null ? 1 : 0) + (t.schemas().isEmpty() ? 0 : 1) + (t.query() != null ? 1 : 0);
        if (kinds > 1) {
            throw bad(where + " sets more than one of `databases`, `schemas` and `query`",
                    "split it into one entry per generator");
        }
        if (t.query() == null && t.url() == null) {
            throw bad(where + " has no `url`",
                    "add `url: \"jdbc:postgresql://host/app\"`, or `query:` with `on:` naming the target it runs on");
        }
        if (t.query() != null && t.url() == null && t.on() == null) {
            throw bad(where + " has a `query` but neither `on` nor `url` to run it on",
                    "add `on: NAME` naming another target, or `url:`");
        }
        if (t.on() != null && t.query() == null) {
            throw bad(where + " sets `on` without `query`", "remove `on`, or add the `query` to run there");
        }
        if (t.schema() != null && t.generates()) {
            throw bad(where + " sets `schema` on a generator", "remove `schema`; the generator names the schemas");
        }
        if (t.name().equals("all")) {
            throw bad(where + ": `all` is reserved (`--target all` means every target)", "rename the target");
        }
    }

    private static ShaleException bad(String message, String hint) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE, message, hint);
    }
}
