package org.zhijian;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** The algorithms library shares the base package but is a plain dependency, not a module. */
    static final ApplicationModules MODULES = ApplicationModules.of(
            ZhijianApplication.class, JavaClass.Predicates.resideInAPackage("org.zhijian.algo.."));

    private static final Path GENERATED = Path.of("target/modulith-docs");
    private static final Path COMMITTED = Path.of("../docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The module documentation in {@code docs/modules} (component diagrams and canvases) is what the code gives
     * now; after a change, copy {@code zhijian-app/target/modulith-docs/*} there. Lines are compared as sets, since
     * the generator's order of equal elements may vary between machines.
     */
    @Test
    void theCommittedModuleDocumentationIsCurrent() throws IOException {
        new Documenter(MODULES, GENERATED.toString())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<Path> generated;
        try (Stream<Path> files = Files.list(GENERATED)) {
            generated = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(generated).isNotEmpty();
        for (Path file : generated) {
            Path committed = COMMITTED.resolve(file.getFileName());
            assertThat(committed).as("docs/modules/%s", file.getFileName()).exists();
            assertThat(lines(committed))
                    .as("docs/modules/%s is out of date: copy zhijian-app/target/modulith-docs/*", file.getFileName())
                    .containsExactlyInAnyOrderElementsOf(lines(file));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
