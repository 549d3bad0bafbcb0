package io.perennial.testing;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property a fixed seed, so that a test run is reproducible: the same
 * properties draw the same values on every machine and in CI.
 *
 * <p>The seed of a property is derived from a base seed and the property's class and method name
 * (so two properties do not draw the same sequence). The base is {@value #DEFAULT_BASE} unless
 * the system property {@value #PROPERTY} says otherwise:
 *
 * <ul>
 *   <li>{@code -Dperennial.seed=random}: fresh seeds from jqwik, to look for new failures locally
 *       (jqwik prints the seed of a failing property; give it back with {@code @Property(seed=…)}
 *       or as {@code -Dperennial.seed=N} to reproduce it);
 *   <li>{@code -Dperennial.seed=N}: another fixed base, a whole number.
 * </ul>
 *
 * <p>A property that names its own seed ({@code @Property(seed = "…")}) keeps it. Registered for
 * every property through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class FixedSeeds implements AroundPropertyHook {

  /** The system property that chooses the base seed. */
  public static final String PROPERTY = "perennial.seed";

  /** The base seed when {@value #PROPERTY} is not set. */
  public static final long DEFAULT_BASE = 20261201L;

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    if (context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
      base().ifPresent(base -> context.attributes().setSeed(
          Long.toString(seedFor(base, context.containerClass().getName() + "#" + context.targetMethod().getName()))));
    }
    return property.execute();
  }

  /** Registered once, globally: it applies to every property of every container. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /** Runs before the hooks of the properties themselves, so that they see the seed. */
  @Override
  public int aroundPropertyProximity() {
    return -100;
  }

  /** The base seed, or empty for jqwik's own random seeds. */
  static Optional<Long> base() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return Optional.of(DEFAULT_BASE);
    }
    if (value.equalsIgnoreCase("random")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is neither 'random' nor a whole number");
    }
  }

  /** The seed of one property: the base mixed with the property's name (SplitMix64's finaliser). */
  static long seedFor(long base, String propertyName) {
    long z = base * 0x9E3779B97F4A7C15L + propertyName.hashCode();
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
