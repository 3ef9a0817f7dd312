/** Certificates' downloads for their owners and coordinators, and the public verification page. */
package org.csomarathon.certificates.web;
