/**
 * Identity: accounts, the roles a person holds, signing in and out, and each person's
 * language and time zone. Passwords are kept only as PBKDF2 hashes.
 */
package org.csomarathon.identity;
