/** The plan facade: the plan input (profile, holdings, universe, prices, constraints) and the analyses made from it. */
package io.perennial.plan;
