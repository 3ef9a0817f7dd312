/**
 * Certificates of completion: a PDF for everyone who completed stage 1, with a verification code
 * and a public page that confirms it, and all of a cohort's as one archive for coordinators.
 */
package org.csomarathon.certificates;
