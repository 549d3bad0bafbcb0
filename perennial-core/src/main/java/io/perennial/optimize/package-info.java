/** Allocation problems (objectives, named constraints), the optimizer, frontiers and whole-share allocation. */
package io.perennial.optimize;
