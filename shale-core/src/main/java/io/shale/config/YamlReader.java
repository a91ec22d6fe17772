package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Turns a YAML file into a {@link ConfigNode.Mapping}. SnakeYAML composes the nodes (nothing is
 * constructed, so no type in the file is ever instantiated); this class keeps each node's line and
 * refuses what SnakeYAML's composer lets through: duplicate keys, non-scalar keys, a top level that
 * is not a map, and aliases nested deeper than any real configuration.
 */
final class YamlReader {
    private static final int MAX_DEPTH = 32;
    private static final String SYNTAX_HINT = "fix the YAML at that position: check the indentation, and quote "
            + "values that contain `: `, ` #` or start with a special character";

    private final String shownAs;

    YamlReader(String shownAs) {
        this.shownAs = shownAs;
    }

    /** The file's top-level map; an empty file gives an empty map. */
    ConfigNode.Mapping read(Path file) {
        Node root;
        try (InputStream in = Files.newInputStream(file); Reader reader = new UnicodeReader(in)) {
            root = new Yaml(new SafeConstructor(options())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? shownAs : shownAs + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                    where + ": invalid YAML: " + Redaction.url(describe(e)), SYNTAX_HINT);
        } catch (YAMLException e) {
            throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                    shownAs + ": invalid YAML: " + Redaction.url(e.getMessage()), SYNTAX_HINT);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.CONFIG_UNREADABLE,
                    shownAs + ": cannot read the file: " + e.getClass().getSimpleName(),
                    "check that the file exists and is readable", e);
        }
        if (root == null) {
            return ConfigNode.Mapping.empty(Origin.file(shownAs, 1));
        }
        if (!(root instanceof MappingNode)) {
            throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                    origin(root).describe() + ": the top level must be a map of keys, not "
                            + (root instanceof SequenceNode ? "a list" : "a single value"),
                    "start the file with keys such as `migrations: db/migrations`; see docs/configuration.md");
        }
        return (ConfigNode.Mapping) convert(root, "", 0);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        return options;
    }

    private ConfigNode convert(Node node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                    origin(node).describe() + ": `" + path + "` is nested too deeply (a recursive alias?)",
                    "remove the alias that refers to its own parent");
        }
        if (node instanceof ScalarNode scalar) {
            boolean isNull = scalar.getTag().equals(Tag.NULL);
            return new ConfigNode.Scalar(scalar.getValue(), isNull, origin(node));
        }
        if (node instanceof SequenceNode sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, path, depth + 1));
            }
            return new ConfigNode.Sequence(items, origin(node));
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                        origin(tuple.getKeyNode()).describe() + ": a key " + where(path)
                                + " is a list or map; keys must be plain names",
                        "write keys as plain names such as `url:`");
            }
            String key = keyNode.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            ConfigNode.Entry first = entries.get(key);
            if (first != null) {
                throw new ShaleException(ErrorCode.CONFIG_INVALID_YAML,
                        origin(keyNode).describe() + ": duplicate key `" + keyPath + "` (first at line "
                                + first.keyOrigin().line() + ")",
                        "keep one of the two `" + key + ":` lines");
            }
            entries.put(key, new ConfigNode.Entry(key, origin(keyNode),
                    convert(tuple.getValueNode(), keyPath, depth + 1)));
        }
        return new ConfigNode.Mapping(entries, origin(node));
    }

    private static String where(String path) {
        return path.isEmpty() ? "at the top level" : "under `" + path + "`";
    }

    private Origin origin(Node node) {
        return Origin.file(shownAs, node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (context != null && problem != null) {
            return context + ", " + problem;
        }
        return problem != null ? problem : String.valueOf(context);
    }
}
