package io.conversa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.conversa");

    @Test
    void coreIsFreeOfSpringAndOtherModules() {
        noClasses()
                .that()
                .resideInAPackage("io.conversa.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "io.conversa.identity..",
                        "io.conversa.receivables..",
                        "io.conversa.web..",
                        "io.conversa.demo..")
                .check(CLASSES);
    }

    @Test
    void nobodyImportsTheWebOrDemoModules() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.conversa.web..", "io.conversa.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.conversa.web..", "io.conversa.demo..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .resideOutsideOfPackages("..web..")
                .check(CLASSES);
    }
}
