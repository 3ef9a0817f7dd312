/** The coordinator's stage-2 ranking page and its CSV/XLSX export. */
package org.csomarathon.stage2.web;
