/**
 * Reporting: what coordinators watch across a cohort — the progress of every team on every
 * assignment — and its exports.
 */
package org.csomarathon.reporting;
