package io.perennial;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.perennial.tax.RequiredMinimumDistributions;
import io.perennial.tax.TaxRules;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the engine (DESIGN.md §1), checked on perennial-core's main classes (its
 * target/classes; tests and perennial-testing left out): the engine does no I/O beyond reading
 * its own tax tables from the classpath, only the solver package may import ojAlgo, and a lower
 * package never imports a higher one.
 */
class ArchitectureTest {

  /**
   * The packages of the engine, bottom up, in tiers: a package may use the packages of lower tiers
   * only (not its peers in the same tier, not anything above). This is the order the code holds
   * today, and it agrees with the order of the package table in DESIGN.md §1.
   */
  static final List<List<String>> TIERS = List.of(
      List.of("basics"),
      List.of("domain"),
      List.of("tax", "market", "optimize.solver"),
      List.of("estimate", "optimize"),
      List.of("project", "rebalance", "realestate", "ledger"),
      List.of("check"),
      List.of("plan"),
      List.of("report"));

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/io/perennial/testing/"))
        .importPackages("io.perennial");
  }

  /** Every class of the engine sits in a package of {@link #TIERS}: a new package has to be placed. */
  @Test
  void everyPackageHasATier() {
    String[] all = TIERS.stream().flatMap(List::stream).map(p -> "io.perennial." + p + "..").toArray(String[]::new);
    classes().should().resideInAnyPackage(all).check(core);
  }

  /** A package uses only packages of lower tiers. */
  @Test
  void lowerPackagesDoNotImportHigherOnes() {
    layers().check(core);
  }

  static LayeredArchitecture layers() {
    Map<String, Integer> tierOf = new LinkedHashMap<>();
    for (int t = 0; t < TIERS.size(); t++) {
      for (String p : TIERS.get(t)) {
        tierOf.put(p, t);
      }
    }
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String p : tierOf.keySet()) {
      // "optimize" is the package alone; its sub-package optimize.solver is a layer of its own.
      String packages = p.equals("optimize") ? "io.perennial.optimize" : "io.perennial." + p + "..";
      layers = layers.layer(p).definedBy(packages);
    }
    for (Map.Entry<String, Integer> e : tierOf.entrySet()) {
      String[] lower = tierOf.entrySet().stream()
          .filter(o -> o.getValue() < e.getValue())
          .map(Map.Entry::getKey)
          .toArray(String[]::new);
      layers = lower.length == 0
          ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
          : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(lower);
    }
    return layers;
  }

  /** The edges' libraries stay out of the engine: no CLI, JSON, database, migrations, files or network. */
  @Test
  void noEdgeLibraries() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "picocli..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.flywaydb..",
            "java.nio.file..", "java.net..", "org.xerial..", "org.postgresql..")
        .check(core);
  }

  /**
   * The java.io classes that read or write: File*, *Reader, *Writer, *Stream (IOException and
   * UncheckedIOException are not among them).
   */
  static final DescribedPredicate<JavaClass> FILE_IO = resideInAPackage("java.io")
      .and(simpleNameStartingWith("File")
          .or(simpleNameEndingWith("Reader"))
          .or(simpleNameEndingWith("Writer"))
          .or(simpleNameEndingWith("Stream")))
      .as("java.io files, readers, writers and streams");

  /**
   * The engine's only reading: its bundled tax tables (io/perennial/tax/*.properties), loaded from
   * the classpath by these two classes with getResourceAsStream into a Properties. The valuation
   * data all comes in as arguments.
   */
  static final Class<?>[] READERS_OF_BUNDLED_TAX_TABLES = {TaxRules.class, RequiredMinimumDistributions.class};

  @Test
  void noFileIoOutsideTheBundledTaxTables() {
    noClasses().that(not(belongToAnyOf(READERS_OF_BUNDLED_TAX_TABLES)))
        .should().dependOnClassesThat(FILE_IO)
        .because("the engine never reads files; " + Arrays.toString(READERS_OF_BUNDLED_TAX_TABLES)
            + " alone read the bundled tax tables")
        .check(core);
  }

  /** The readers of the tax tables use a classpath InputStream and an InputStreamReader, nothing else of java.io's streams. */
  @Test
  void theBundledTaxTablesAreReadFromTheClasspathOnly() {
    classes().that(belongToAnyOf(READERS_OF_BUNDLED_TAX_TABLES))
        .should().onlyDependOnClassesThat(not(FILE_IO)
            .or(belongToAnyOf(java.io.InputStream.class, java.io.InputStreamReader.class))
            .as("not java.io file classes, except InputStream and InputStreamReader"))
        .check(core);
  }

  /** The engine never reads the clock or the environment: the valuation date is an argument. */
  @Test
  void noClockNoEnvironment() {
    ArchRule rule = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .orShould().callMethodWhere(target("now"))
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class, String.class)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err");
    rule.check(core);
  }

  private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> target(String name) {
    return DescribedPredicate.describe("java.time ...." + name + "()",
        call -> call.getTarget().getName().equals(name)
            && call.getTarget().getOwner().getPackageName().equals("java.time"));
  }

  /** Only the solver package may import ojAlgo (today none of the main code does: ojAlgo is test-scoped). */
  @Test
  void onlyTheSolverPackageImportsOjAlgo() {
    noClasses().that().resideOutsideOfPackage("io.perennial.optimize.solver..")
        .should().dependOnClassesThat().resideInAPackage("org.ojalgo..")
        .check(core);
  }

  /** The same in the test sources: the cross-check adapter OjAlgoSolver is the one place. */
  @Test
  void onlyTheSolverTestsImportOjAlgo() {
    JavaClasses tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages("io.perennial");
    noClasses().that().resideOutsideOfPackage("io.perennial.optimize.solver..")
        .should().dependOnClassesThat().resideInAPackage("org.ojalgo..")
        .allowEmptyShould(true)
        .check(tests);
  }
}
