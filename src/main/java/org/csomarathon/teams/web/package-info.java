/**
 * The signed-in participant's own team.
 */
package org.csomarathon.teams.web;
