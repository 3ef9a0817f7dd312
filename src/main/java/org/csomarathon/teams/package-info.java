/**
 * Teams: participants of a cohort study and submit in teams. Membership is history, a row per
 * stay in a team, so moving a person never hides what a team did while they were in it.
 */
package org.csomarathon.teams;
