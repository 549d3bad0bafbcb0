package io.perennial.storage;

/** Hears how far an import has come (the CLI draws it on stderr). */
@FunctionalInterface
public interface ImportProgress {

  /**
   * @param file the file being stored
   * @param done rows written so far
   * @param total rows of the file to write
   */
  void progress(String file, long done, long total);

  /** Hears nothing. */
  static ImportProgress none() {
    return (file, done, total) -> { };
  }
}
