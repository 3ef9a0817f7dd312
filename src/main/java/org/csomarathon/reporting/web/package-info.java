/** The reporting pages: the progress matrix of a cohort and its exports. */
package org.csomarathon.reporting.web;
