/** Real PostgreSQL and MariaDB servers from Maven Central, started from Java. */
package io.shale.embedded;
