/** The bell's count, the list of notices, e-mail preferences and the administrators' outbox page. */
package org.csomarathon.notifications.web;
