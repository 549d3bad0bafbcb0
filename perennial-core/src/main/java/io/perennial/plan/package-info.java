/** The plan facade: {@link io.perennial.plan.Planner} turns a household, a market snapshot and plan settings, resolved once into a {@link io.perennial.plan.ResolvedPlan}, into a {@link io.perennial.plan.PlanResult}. */
package io.perennial.plan;
