/** The pages of expert review: the coordinator's allocation of experts, and the review queues. */
package org.csomarathon.review.web;
