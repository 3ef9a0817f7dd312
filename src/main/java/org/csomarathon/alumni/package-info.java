/**
 * The alumni network: graduates of every finished cohort become alumni (a role kept across years);
 * with their consent, their profile is in the directory that alumni and coordinators search.
 */
package org.csomarathon.alumni;
