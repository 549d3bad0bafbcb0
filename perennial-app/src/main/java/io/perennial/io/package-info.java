/** Files at the edge: YAML/JSON plan files and CSV price, dividend and return tables; errors name file, line and field. */
package io.perennial.io;
