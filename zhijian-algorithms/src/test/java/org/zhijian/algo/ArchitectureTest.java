package org.zhijian.algo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhijian.algo");

    @Test
    void algorithmsDependOnlyOnTheJavaPlatform() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.zhijian.algo..", "java..")
                .check(classes);
    }
}
