/** The alumni directory and an alumnus's own profile and consent. */
package org.csomarathon.alumni.web;
