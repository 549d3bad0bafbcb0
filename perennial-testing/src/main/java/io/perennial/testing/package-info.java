/** What every module's tests share: fixed property-test seeds and the test-engine configuration. */
package io.perennial.testing;
