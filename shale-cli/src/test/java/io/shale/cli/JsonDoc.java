package io.shale.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code --json} document read back with the Jackson streaming parser the CLI already ships:
 * objects become maps, arrays lists, numbers {@code Long}. Reading fails unless the text is exactly
 * one JSON document, so anything else printed on stdout fails the test.
 */
final class JsonDoc {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Object root;

    private JsonDoc(Object root) {
        this.root = root;
    }

    static JsonDoc parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new AssertionError("stdout does not start with a JSON object:\n" + text);
            }
            Object root = read(p);
            if (p.nextToken() != null) {
                throw new AssertionError("stdout holds more than one JSON document:\n" + text);
            }
            return new JsonDoc(root);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON:\n" + text, e);
        }
    }

    private static Object read(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (map.put(name, read(p)) != null) {
                        throw new AssertionError("field " + name + " appears twice");
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new AssertionError("unexpected " + p.currentToken());
        }
    }

    /**
     * The value at {@code path}: field names and list indexes separated by dots ({@code applied.0.name}).
     *
     * @throws AssertionError when a field on the way is absent
     */
    Object at(String path) {
        Object node = root;
        for (String step : path.split("\\.")) {
            if (node instanceof Map<?, ?> map) {
                if (!map.containsKey(step)) {
                    throw new AssertionError("no field '" + step + "' in " + path + ": " + map.keySet());
                }
                node = map.get(step);
            } else if (node instanceof List<?> list) {
                node = list.get(Integer.parseInt(step));
            } else {
                throw new AssertionError(path + ": '" + step + "' is below a value");
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String path) {
        return (List<Object>) at(path);
    }

    /** A list of strings joined by newlines, e.g. a dry run's script. */
    String lines(String path) {
        return String.join("\n", list(path).stream().map(String.class::cast).toList());
    }

    /** The top-level object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> root() {
        return (Map<String, Object>) root;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String path) {
        return (Map<String, Object>) at(path);
    }
}
