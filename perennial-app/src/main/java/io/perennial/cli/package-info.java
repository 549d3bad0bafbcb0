/** The picocli commands: each parses its options, calls the engine and renders text or JSON. */
package io.perennial.cli;
