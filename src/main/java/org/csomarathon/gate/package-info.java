/** The completion gate of stage 1: derived from the records each time, with the coordinator's audited exceptions. */
package org.csomarathon.gate;
