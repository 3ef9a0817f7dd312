/**
 * The current cohort as the role home pages show it: dates in the viewer's zone, its people in figures, its teams.
 */
package org.csomarathon.cohort.web;
