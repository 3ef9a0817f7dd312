/** The selection's pages: the coordinator's applications, assignments, ranking and decisions; the reviewer's list and scoring. */
package org.csomarathon.selection.web;
