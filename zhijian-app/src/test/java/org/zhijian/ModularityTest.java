package org.zhijian;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** The algorithms library shares the base package but is a plain dependency, not a module. */
    static final ApplicationModules MODULES = ApplicationModules.of(
            ZhijianApplication.class, JavaClass.Predicates.resideInAPackage("org.zhijian.algo.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
