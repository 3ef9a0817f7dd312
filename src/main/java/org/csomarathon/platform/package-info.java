/**
 * The small shared floor under every feature: the database and its migrations, the clock,
 * settings, message bundles, time formatting, security headers and health checks.
 * Nothing here knows about the programme itself.
 */
package org.csomarathon.platform;
