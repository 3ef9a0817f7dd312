/**
 * Backing beans for signing in, a person's own settings, and the administrator's account pages; Viewer is the session's only state.
 */
package org.csomarathon.identity.web;
