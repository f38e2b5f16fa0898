package kr.roundtable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/developer-guide.md: ui → service → storage, everything → model. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.roundtable");
    }

    @Test
    void modelIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("kr.roundtable.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.poi..",
                        "org.sqlite..", "org.flywaydb..", "kr.roundtable.storage..", "kr.roundtable.service..",
                        "kr.roundtable.ui..", "kr.roundtable.app..", "kr.roundtable.export..",
                        "kr.roundtable.imports..");
        rule.check(classes);
    }

    @Test
    void onlyStorageSpeaksSql() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("kr.roundtable.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..");
        rule.check(classes);
    }

    @Test
    void uiDoesNotReachStorage() {
        ArchRule rule = noClasses().that().resideInAPackage("kr.roundtable.ui..")
                .should().dependOnClassesThat().resideInAPackage("kr.roundtable.storage..");
        rule.check(classes);
    }

    @Test
    void servicesAndStorageKnowNothingOfTheScreens() {
        ArchRule rule = noClasses().that().resideInAnyPackage("kr.roundtable.service..", "kr.roundtable.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "kr.roundtable.ui..",
                        "kr.roundtable.app..");
        rule.check(classes);
    }

    @Test
    void storageDoesNotCallServices() {
        ArchRule rule = noClasses().that().resideInAPackage("kr.roundtable.storage..")
                .should().dependOnClassesThat().resideInAPackage("kr.roundtable.service..");
        rule.check(classes);
    }
}
