/** The intake's pages: the public call, the applicant's application in steps, and the webinar's attendance import. */
package org.csomarathon.intake.web;
