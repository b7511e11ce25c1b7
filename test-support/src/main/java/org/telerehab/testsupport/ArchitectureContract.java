package org.telerehab.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one idiom per layer every service follows (docs/architecture.md), checked on the service's compiled classes.
 * A service's test class extends this and names its base package; a class that breaks a rule fails the build with the
 * rule and the offending class named.
 *
 * <ul>
 * <li>{@code rest}: resources speak HTTP and map DTOs; they never touch repositories and never return entities. DTOs
 *     are records in files named {@code *Dto}, {@code *Request} or {@code *Response}, not declared inside resources.</li>
 * <li>{@code service}: transactions, access rules and orchestration; no HTTP.</li>
 * <li>{@code domain}: entities and plain rule classes; no framework beyond the JPA mapping annotations, so the rules
 *     are tested without Quarkus.</li>
 * <li>{@code repository}: the only place that talks to the database, as Panache repositories of the domain's
 *     entities (native SQL inside them where SQL is the clearer tool, e.g. atomic upserts); a service that keeps
 *     files has one more store, the object store, behind one class named {@code *Objects}; a PostgreSQL
 *     LISTEN/NOTIFY channel between replicas is one class named {@code *Channel}.</li>
 * <li>{@code messaging}: consumers hand each event to a service inside the kit's idempotent consumer.</li>
 * <li>{@code config}: typed configuration, {@code @ConfigMapping} interfaces.</li>
 * </ul>
 */
public abstract class ArchitectureContract {

    static final Set<String> LAYERS = Set.of("rest", "service", "domain", "repository", "messaging", "config");

    /** The service's root package, e.g. {@code org.telerehab.program}. */
    protected abstract String basePackage();

    private JavaClasses imported;

    protected JavaClasses imported() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(basePackage());
        }
        return imported;
    }

    private String layer(String name) {
        return basePackage() + "." + name + "..";
    }

    @Test
    void everyClassLivesInOneOfTheLayers() {
        classes().should(new ArchCondition<JavaClass>("live in one of the packages " + LAYERS) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String rest = c.getPackageName().substring(Math.min(c.getPackageName().length(),
                        basePackage().length() + 1));
                String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                if (!LAYERS.contains(top)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is in package '" + c.getPackageName()
                            + "', not in one of " + LAYERS));
                }
            }
        }).check(imported());
    }

    @Test
    void restNeverUsesRepositories() {
        noClasses().that().resideInAPackage(layer("rest"))
                .should().dependOnClassesThat().resideInAPackage(layer("repository"))
                .because("resources speak HTTP and call services; persistence stays behind the service layer")
                .check(imported());
    }

    @Test
    void resourcesReturnDtosNeverEntities() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(layer("rest")).and().arePublic()
                .should(new ArchCondition<JavaMethod>("not return an entity, nor a collection of entities") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass type : typesIn(method.getReturnType())) {
                            if (type.isAnnotatedWith("jakarta.persistence.Entity")) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " returns the entity " + type.getName() + "; map it to a DTO"));
                            }
                        }
                    }
                }).allowEmptyShould(true).check(imported());
    }

    @Test
    void dtosAreRecordsInTheirOwnFilesNotInsideResources() {
        classes().that().resideInAPackage(layer("rest")).and(areRecords())
                .should(new ArchCondition<JavaClass>("be a top-level *Dto, *Request or *Response, or nested in one") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        JavaClass top = c;
                        while (top.getEnclosingClass().isPresent()) {
                            top = top.getEnclosingClass().get();
                        }
                        String name = top.getSimpleName();
                        if (!(name.endsWith("Dto") || name.endsWith("Request") || name.endsWith("Response"))) {
                            events.add(SimpleConditionEvent.violated(c, c.getName()
                                    + " is a DTO declared in " + top.getSimpleName()
                                    + "; DTOs live in files named *Dto, *Request or *Response"));
                        }
                    }
                }).allowEmptyShould(true).check(imported());
    }

    @Test
    void servicesDoNotSpeakHttp() {
        noClasses().that().resideInAPackage(layer("service"))
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("HTTP belongs to rest; services answer with domain objects or ProblemException")
                .check(imported());
    }

    @Test
    void domainClassesArePlainJava() {
        noClasses().that().resideInAPackage(layer("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..",
                        "jakarta.enterprise..", "jakarta.inject..", "jakarta.ws.rs..", "jakarta.transaction..",
                        "org.eclipse.microprofile..", "org.telerehab.kit..", layer("service"), layer("repository"),
                        layer("rest"), layer("messaging"))
                .because("rules live in plain classes tested without Quarkus (JPA mapping annotations are allowed)")
                .check(imported());
    }

    @Test
    void onlyRepositoriesTalkToTheDatabase() {
        noClasses().that().resideOutsideOfPackage(layer("repository"))
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.agroal.api.AgroalDataSource")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("each table has one owner: a repository of its entity")
                .check(imported());
    }

    @Test
    void repositoriesArePanacheRepositoriesOfEntities() {
        classes().that().resideInAPackage(layer("repository")).and().areTopLevelClasses()
                .and().haveSimpleNameNotEndingWith("Objects").and().haveSimpleNameNotEndingWith("Channel")
                .should().implement("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .allowEmptyShould(true).check(imported());
    }

    @Test
    void consumersHandEachEventToAService() {
        noClasses().that().resideInAPackage(layer("messaging"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("repository"), layer("domain"),
                        "org.telerehab.kit.care..", "org.telerehab.kit.audit..")
                .because("a consumer decodes the event and calls a service, inside the kit's IdempotentConsumer")
                .check(imported());
        classes().that().resideInAPackage(layer("messaging")).and().areTopLevelClasses()
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.telerehab.kit.messaging.IdempotentConsumer")
                .allowEmptyShould(true).check(imported());
    }

    @Test
    void configurationIsTyped() {
        classes().that().resideInAPackage(layer("config"))
                .should().beInterfaces().andShould().beAnnotatedWith("io.smallrye.config.ConfigMapping")
                .allowEmptyShould(true).check(imported());
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("a service's settings are read through its @ConfigMapping interfaces in config")
                .check(imported());
    }

    private static DescribedPredicate<JavaClass> areRecords() {
        return DescribedPredicate.describe("are records",
                c -> c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false));
    }

    /** The raw type and every type argument, recursively: a List of entities is an entity too. */
    private static List<JavaClass> typesIn(JavaType type) {
        List<JavaClass> all = new ArrayList<>();
        all.add(type.toErasure());
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                all.addAll(typesIn(argument));
            }
        }
        return all;
    }
}
