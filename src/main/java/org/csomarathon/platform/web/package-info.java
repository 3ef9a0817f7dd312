/**
 * Web plumbing shared by every page: security headers, turning refusals into messages, and the administrator's system page.
 */
package org.csomarathon.platform.web;
