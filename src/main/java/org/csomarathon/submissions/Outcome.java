package org.csomarathon.submissions;

/** An expert's released decision on a submitted version. */
public enum Outcome {
    ACCEPTED, NEEDS_REVISION
}
