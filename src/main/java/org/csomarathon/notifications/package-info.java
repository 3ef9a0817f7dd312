/**
 * Notifications: e-mail through a transactional outbox delivered by a sender on the schedule,
 * in-app notices under the bell, and each person's choice of e-mails.
 */
package org.csomarathon.notifications;
