/**
 * Backing beans for the curriculum: the coordinator's module list and editor, and the
 * participant's view of the modules that have opened.
 */
package org.csomarathon.curriculum.web;
