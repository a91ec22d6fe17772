package io.shale.lint;

/** A {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] ... ON table} statement. */
record CreateIndex(boolean unique, boolean concurrently, QName table) {

    /** The index {@code s} creates, or null when {@code s} is not a CREATE INDEX. */
    static CreateIndex of(Stmt s) {
        if (!s.starts("CREATE")) {
            return null;
        }
        int i = 1;
        boolean unique = s.at(i).is("UNIQUE");
        if (unique || s.at(i).is("FULLTEXT") || s.at(i).is("SPATIAL")) {
            i++;
        }
        if (!s.at(i).is("INDEX")) {
            return null;
        }
        boolean concurrently = s.at(i + 1).is("CONCURRENTLY");
        int on = s.find(i + 1, "ON");
        if (on < 0) {
            return null;
        }
        return new CreateIndex(unique, concurrently, s.name(s.skip(on + 1, "ONLY")));
    }
}
