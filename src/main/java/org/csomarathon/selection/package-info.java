/**
 * Selection: reviewers assigned to the submitted applications (never their own organisation),
 * their scores on the five criteria, the cohort's weights and bonus, the ranking, and the
 * coordinator's decisions, published to every applicant at once.
 */
package org.csomarathon.selection;
