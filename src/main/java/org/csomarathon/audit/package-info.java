/**
 * The audit log: every decision that changes someone's standing — admission, acceptance of work,
 * gate exceptions, extensions, roles — with who took it and when, written in the same transaction
 * as the decision and never changed.
 */
package org.csomarathon.audit;
