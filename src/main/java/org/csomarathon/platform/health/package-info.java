/**
 * MicroProfile Health checks: ready when the database answers and the schema is migrated; alive while the heap holds.
 */
package org.csomarathon.platform.health;
