package io.shale.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.fleet.Shard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code shale fleet merge}: the {@code --json} reports of one command's shards as one report, in
 * the same shape, with the targets in name order and the summary counted again.
 */
public final class FleetMerge {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The merged report. */
    public record Merged(String command, List<String> shards, List<Integer> missingShards,
                         List<Map<String, Object>> targets, long done, long failed, long skipped) {
    }

    private FleetMerge() {
    }

    /**
     * @throws ShaleException USAGE for a missing or malformed file, reports of different commands or shard
     *                        counts, or a target in two reports
     */
    public static Merged merge(List<Path> files) {
        String command = null;
        Integer count = null;
        TreeSet<Integer> seenShards = new TreeSet<>();
        List<String> shards = new ArrayList<>();
        Map<String, Path> owner = new HashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> doc = read(file);
            String own = (String) doc.get("command");
            if (own == null || !(doc.get("targets") instanceof List<?> list)) {
                throw bad(file + " is not a fleet report (no `command` and `targets`)",
                        "pass the files written by a fleet command's --json, e.g. shale upgrade --target all --json");
            }
            if (command != null && !command.equals(own)) {
                throw bad(file + " reports `" + own + "`, the others `" + command + "`",
                        "merge the reports of one command's shards only");
            }
            command = own;
            if (doc.get("shard") instanceof String shard) {
                Shard parsed = Shard.parse(shard);
                int n = parsed.count();
                if (count != null && count != n) {
                    throw bad(file + " is shard " + shard + ", the others are of " + count + " shards",
                            "merge the shards of one split (the same N in --shard K/N)");
                }
                count = n;
                if (!seenShards.add(parsed.index())) {
                    throw bad(file + " repeats shard " + shard, "pass each shard's report once");
                }
                shards.add(shard);
            }
            for (Object item : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> target = (Map<String, Object>) item;
                Path before = owner.putIfAbsent((String) target.get("name"), file);
                if (before != null) {
                    throw bad("Target " + target.get("name") + " is in both " + before + " and " + file,
                            "merge reports of disjoint shards (--shard K/N with the same N)");
                }
                targets.add(target);
            }
        }
        targets.sort(Comparator.comparing(t -> (String) t.get("name")));
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; count != null && k <= count; k++) {
            if (!seenShards.contains(k)) {
                missing.add(k);
            }
        }
        return new Merged(command, shards, missing, targets, countStatus(targets, "done"),
                countStatus(targets, "failed"), countStatus(targets, "skipped"));
    }

    public static void write(PrintWriter out, Merged merged) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("command", merged.command());
            g.writeArrayFieldStart("shards");
            for (String s : merged.shards()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missingShards");
            for (int k : merged.missingShards()) {
                g.writeNumber(k);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("targets", merged.targets().size());
            g.writeNumberField("done", merged.done());
            g.writeNumberField("failed", merged.failed());
            g.writeNumberField("skipped", merged.skipped());
            g.writeEndObject();
            g.writeFieldName("targets");
            value(g, merged.targets());
            g.writeEndObject();
            g.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countStatus(List<Map<String, Object>> targets, String status) {
        return targets.stream().filter(t -> status.equals(t.get("status"))).count();
    }

    private static Map<String, Object> read(Path file) {
        try (JsonParser p = FACTORY.createParser(Files.readString(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file + " does not hold a JSON object", "pass the --json output of a fleet command");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = (Map<String, Object>) tree(p);
            return doc;
        } catch (NoSuchFileException e) {
            throw bad(file + " does not exist", "pass the paths of the shards' JSON reports");
        } catch (JsonProcessingException e) {
            throw bad(file + " is not valid JSON: " + e.getOriginalMessage(), "pass the --json output of a fleet command");
        } catch (IOException e) {
            throw bad("Cannot read " + file + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    private static Object tree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, tree(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(tree(p));
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
            default -> {
                return null;
            }
        }
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    private static ShaleException bad(String message, String hint) {
        return new ShaleException(ErrorCode.USAGE, message, hint);
    }
}
