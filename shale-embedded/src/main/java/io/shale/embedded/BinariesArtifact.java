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

    /** How to add the artifact, for a hint: the Maven and the Gradle form. */
    String howToAdd() {
        return "Maven: <dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                + "</artifactId><version>" + version + "</version><scope>runtime</scope></dependency>;"
                + " Gradle: runtimeOnly(\"" + coordinates() + "\")";
    }
}
