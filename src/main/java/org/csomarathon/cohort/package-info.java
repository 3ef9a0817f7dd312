/**
 * Cohorts: the yearly editions of the internship, each with its own dates defined in its
 * time zone, its size and its settings.
 */
package org.csomarathon.cohort;
