/**
 * Cohorts: the yearly editions of the internship, each with its own dates defined in its
 * time zone, its size and its settings; its phase follows from its dates, and one rule says which
 * cohort a page with none named shows.
 */
package org.csomarathon.cohort;
