/**
 * Stage 1's team work: assignments of a module (with rubrics and per-team extensions) and the
 * team's submission of each, a shared draft and every submitted version with its files. The
 * server's clock decides whether a version is on time, late, or refused after the cut-off.
 */
package org.csomarathon.submissions;
