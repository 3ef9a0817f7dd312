/**
 * Demo data for the default run: the 2027 cohort of product.md with 36 participants from 18
 * regional organisations in 9 teams, their experts, reviewers, coordinator and administrator.
 * Loaded only into a database that has no accounts yet.
 */
package org.csomarathon.demo;
