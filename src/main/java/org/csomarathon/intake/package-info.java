/**
 * Intake: the organisations people come from, checked against the state registry's numbers
 * (OGRN, INN) and the federal subjects, and, as the call opens, applications and consent.
 */
package org.csomarathon.intake;
