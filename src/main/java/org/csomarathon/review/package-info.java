/** Expert review: which expert reviews which team's work, the reviews waiting in each expert's queue. */
package org.csomarathon.review;
