/**
 * The desired schema ("the models") from JPA entity classes: Hibernate ORM writes the CREATE DDL
 * for the target dialect without a database, and Shale applies it to a scratch database and
 * inspects it, exactly like {@code models: { schema: ... }}. Core knows nothing of this module.
 */
package io.shale.jpa;
