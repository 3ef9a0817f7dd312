/**
 * Stage 2: among the participants who passed the completion gate, the ranking by stage-1 results
 * (rubric points, punctuality, attendance; weights per cohort) from which ten are invited.
 */
package org.csomarathon.stage2;
