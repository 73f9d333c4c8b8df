package io.signalbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rule of DESIGN.md, checked on the compiled main classes so that a stray import fails
 * the build instead of slowly tangling the window, the command line and the store together.
 */
@AnalyzeClasses(packages = "io.signalbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] JAVAFX = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..",
            "org.fxmisc..", "org.testfx.."};
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.h2..", "org.flywaydb.."};
    private static final String[] HTTP = {"java.net.http..", "com.sun.net.httpserver.."};

    /**
     * Who may use whom among our packages. payload, delivery and transfer are optional until they
     * are written; a class outside every layer fails too, so a new package gets a place on purpose.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("io.signalbox.domain..")
            .layer("Store").definedBy("io.signalbox.store..")
            .optionalLayer("Payload").definedBy("io.signalbox.payload..")
            .optionalLayer("Delivery").definedBy("io.signalbox.delivery..")
            .optionalLayer("Transfer").definedBy("io.signalbox.transfer..")
            .layer("App").definedBy("io.signalbox.app..")
            .layer("UI").definedBy("io.signalbox.ui..")
            .layer("CLI").definedBy("io.signalbox.cli..")
            .layer("Launcher").definedBy("io.signalbox")
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("Store").mayOnlyAccessLayers("Domain")
            .whereLayer("Payload").mayOnlyAccessLayers("Domain")
            .whereLayer("Delivery").mayOnlyAccessLayers("Domain")
            .whereLayer("Transfer").mayOnlyAccessLayers("Domain")
            .whereLayer("App").mayOnlyAccessLayers("Domain", "Store", "Payload", "Delivery", "Transfer")
            .whereLayer("UI").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("CLI").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("Launcher").mayOnlyAccessLayers("UI", "CLI")
            .ensureAllClassesAreContainedInArchitecture();

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("io.signalbox.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(JAVAFX, JDBC, HTTP))
            .because("the domain's records and rules are shared by every layer and tested without a toolkit, "
                    + "a database or a network");

    @ArchTest
    static final ArchRule windowUsesNoSqlNorHttp = noClasses().that().resideInAPackage("io.signalbox.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(JDBC, HTTP))
            .because("the window reaches the store and the network only through the app layer, off the FX thread");

    @ArchTest
    static final ArchRule commandLineUsesNoSql = noClasses().that().resideInAPackage("io.signalbox.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(JDBC)
            .because("the command line reaches the store only through the app layer, as the window does");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses().that().resideOutsideOfPackage("io.signalbox.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
            .because("the command line and the use cases must run on a machine without a display or JavaFX");

    private static String[] concat(String[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
