/**
 * The curriculum: the weekly modules of a cohort's online marathon, each locked until its
 * opening time, with texts written in Markdown and shown sanitized.
 */
package org.csomarathon.curriculum;
