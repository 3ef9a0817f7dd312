/** The audit log's page for coordinators. */
package org.csomarathon.audit.web;
