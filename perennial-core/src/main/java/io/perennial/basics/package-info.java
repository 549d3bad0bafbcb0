/** Small value types shared by the whole engine: money, rates, quantities, identifiers, argument checks and problems. */
package io.perennial.basics;
