/** The pages of assignments and team work: the team's page, the work page, receipts, downloads, the coordinator's assignment and rubric editors. */
package org.csomarathon.submissions.web;
