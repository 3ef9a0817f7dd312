/**
 * The benchmark: a data generator with the sizes of {@code quality.md} (S, M, L), a load run over the
 * key pages with wrk, the deadline rush, and the budgets the run checks.
 */
package org.csomarathon.benchmark;
