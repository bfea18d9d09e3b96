package cn.xuanhua.bot.admin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The console pages and the REST API read and edit through the core's ports, never through MyBatis rows, mappers or
 * query wrappers: a change of table or query then stays inside {@code persistence}, and what a page may show is
 * what the port hands out. The rule's {@code check} fails the build listing each offending dependency.
 */
class WebReadsThroughPortsTest {

    private final JavaClasses admin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xuanhua.bot.admin");

    @Test
    void webDoesNotDependOnPersistence() {
        noClasses().that().resideInAPackage("cn.xuanhua.bot.admin.web..")
                .should().dependOnClassesThat().resideInAPackage("cn.xuanhua.bot.admin.persistence..")
                .check(admin);
    }
}
