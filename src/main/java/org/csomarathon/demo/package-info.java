/**
 * Demo data for the default run, laid out around today: last year's cohort over, this year's in
 * week 3 of stage 1 (36 participants from 18 regional organisations in 9 teams), next year's call
 * open; its past replayed through the services. Loaded only into a database with no accounts yet.
 */
package org.csomarathon.demo;
