package io.shale.dialect;

/**
 * What a destructive command names before it acts, and what status output shows.
 *
 * @param engine   the dialect name
 * @param version  the server's version string
 * @param database the database (catalog) name, or the file for SQLite
 * @param user     the connected user, or null where the engine has none
 * @param url      the JDBC URL, already redacted
 */
public record DatabaseIdentity(String engine, String version, String database, String user, String url) {
    public String describe() {
        return engine + " database '" + database + "'" + (user == null ? "" : " as " + user) + " (" + url + ")";
    }
}
