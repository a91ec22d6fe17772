package io.shale.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shale.dialect.DatabaseIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the {@code --json} documents. Shapes are documented in docs/cli-json.md and only grow:
 * fields are never renamed or removed.
 */
public final class Json implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonGenerator g;
    private final PrintWriter out;

    public Json(PrintWriter out) {
        this.out = out;
        try {
            this.g = FACTORY.createGenerator(out);
            g.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Json startObject() {
        return io(() -> g.writeStartObject());
    }

    public Json startObject(String field) {
        return io(() -> g.writeObjectFieldStart(field));
    }

    public Json endObject() {
        return io(() -> g.writeEndObject());
    }

    public Json startArray(String field) {
        return io(() -> g.writeArrayFieldStart(field));
    }

    public Json endArray() {
        return io(() -> g.writeEndArray());
    }

    public Json field(String name, String value) {
        return io(() -> {
            if (value == null) {
                g.writeNullField(name);
            } else {
                g.writeStringField(name, value);
            }
        });
    }

    public Json field(String name, long value) {
        return io(() -> g.writeNumberField(name, value));
    }

    public Json field(String name, boolean value) {
        return io(() -> g.writeBooleanField(name, value));
    }

    /** A field that is null, whatever its type when set. */
    public Json nullField(String name) {
        return io(() -> g.writeNullField(name));
    }

    /** An array of strings. */
    public Json strings(String field, List<String> values) {
        startArray(field);
        values.forEach(this::value);
        return endArray();
    }

    /** The target database, password-free, in the shape {@code status --json} uses. */
    public Json database(DatabaseIdentity db) {
        return startObject("database").field("engine", db.engine()).field("name", db.database())
                .field("user", db.user()).field("url", db.url()).field("serverVersion", db.version()).endObject();
    }

    public Json value(String value) {
        return io(() -> g.writeString(value));
    }

    public Json value(long value) {
        return io(() -> g.writeNumber(value));
    }

    @Override
    public void close() {
        io(() -> g.flush());
        out.println();
        out.flush();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private Json io(IoAction action) {
        try {
            action.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
