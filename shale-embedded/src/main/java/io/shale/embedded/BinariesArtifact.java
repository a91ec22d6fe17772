package io.shale.embedded;

/**
 * The Maven Central artifact that holds one engine's binaries for one platform, and the class-path
 * resource inside it by which their presence is recognised.
 */
record BinariesArtifact(String groupId, String artifactId, String version, String resource) {

    /** {@code groupId:artifactId:version}. */
    String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /**
     * The failure when the artifact is not on the class path: it names the engine, the platform, what
     * was looked for, the artifact and how to add it.
     *
     * @param location the resource or folder that was looked for
     */
    EmbeddedStartException missing(String engine, Platform platform, String location) {
        return new EmbeddedStartException("Cannot start the embedded " + engine + " on " + platform + ": its binaries ("
                + location + " from " + coordinates() + ") are not on the class path.",
                "Add " + coordinates() + " to the runtime dependencies (Maven: <dependency><groupId>" + groupId
                        + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                        + "</version><scope>runtime</scope></dependency>; Gradle: runtimeOnly(\"" + coordinates()
                        + "\")). A Maven build of Shale brings the build machine's binaries (another machine's with"
                        + " -Dshale.platform=" + platform.id() + "): rebuild on this machine if the build was made"
                        + " elsewhere.");
    }
}
