/** The gate's pages: the participant's checklist and the coordinator's overview with exceptions. */
package org.csomarathon.gate.web;
