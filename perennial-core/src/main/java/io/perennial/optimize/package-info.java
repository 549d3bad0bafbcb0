/** Allocation problems (objectives, named constraints), the optimizer, frontiers, asset location (allocation and location together) and whole-share allocation. */
package io.perennial.optimize;
