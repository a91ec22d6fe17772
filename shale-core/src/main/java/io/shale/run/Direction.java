package io.shale.run;

/** Whether a run applies migrations or reverts them. */
public enum Direction {
    UP, DOWN
}
