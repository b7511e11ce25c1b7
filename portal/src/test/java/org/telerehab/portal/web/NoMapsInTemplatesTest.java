package org.telerehab.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No {@link Map} reaches a template (issue 18, "Typed portal"): a page's data is a record view model whose parts have
 * names and types. Read by reflection over every class of {@code org.telerehab.portal.web}: the parameters of each
 * {@code @CheckedTemplate} method, and what a template can read of a {@code @TemplateData} type (a record's
 * components, public fields, public methods without parameters), generic type arguments, arrays and the portal's
 * records they lead to (the client's {@code Api.Problem} included) too. A map parsed from a service's answer stays
 * inside a resource or a view's factory method. Every page is such a method ({@link Views#page} takes nothing else).
 */
class NoMapsInTemplatesTest {

    private static final String PACKAGE = "org.telerehab.portal.web";

    /**
     * Maps that still reach a template, each named: problem+json's field errors and safety warnings, as
     * {@link org.telerehab.portal.client.Api.Problem} carries them to {@code fragments/problem} and the plan builder.
     * Making them records is the client's change (every service's refusal goes through it); until then they are
     * listed here, and a new map anywhere else fails.
     */
    private static final Set<String> KNOWN = Set.of(
            "org.telerehab.portal.client.Api$Problem.errors: java.util.List<java.util.Map<java.lang.String, "
                    + "java.lang.Object>>",
            "org.telerehab.portal.client.Api$Problem.warnings: java.util.List<java.util.Map<java.lang.String, "
                    + "java.lang.Object>>");

    @Test
    void noTemplateIsGivenAMap() throws Exception {
        List<Class<?>> classes = classesOf(PACKAGE);
        assertThat(classes).as("the package's classes were found").hasSizeGreaterThan(20);
        List<String> maps = new ArrayList<>();
        int checkedMethods = 0;
        int views = 0;
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(CheckedTemplate.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isStatic(method.getModifiers()) && Modifier.isNative(method.getModifiers())) {
                        checkedMethods++;
                        Type[] parameters = method.getGenericParameterTypes();
                        for (int i = 0; i < parameters.length; i++) {
                            check(parameters[i], type.getName() + "." + method.getName() + " parameter "
                                    + method.getParameters()[i].getName(), maps, seen);
                        }
                    }
                }
            }
            if (type.isAnnotationPresent(TemplateData.class)) {
                views++;
                readable(type, maps, seen);
            }
        }
        assertThat(checkedMethods).as("@CheckedTemplate methods found").isGreaterThan(10);
        assertThat(views).as("@TemplateData types found").isGreaterThan(10);
        assertThat(maps).as("maps handed to templates (make each a record)").containsOnlyOnceElementsOf(KNOWN)
                .hasSameSizeAs(KNOWN);
    }

    @Test
    void everyPageIsACheckedTemplate() {
        // a page named by its template's path takes any data at all: each page is a @CheckedTemplate method instead
        assertThat(Stream.of(Views.class.getDeclaredMethods()).filter(m -> m.getName().equals("page"))
                .map(m -> List.of(m.getParameterTypes())))
                .as("Views renders type-checked pages only").containsExactly(
                        List.of(io.quarkus.qute.TemplateInstance.class, String.class));
    }

    @Test
    void theCheckFindsAMapWhereverItHides() {
        record Hidden(List<Map<String, Object>> rows, Map.Entry<String, String> entry, Map<?, ?>[] array,
                      Set<? extends Map<String, String>> wild, String fine, List<String> alsoFine) {
        }
        List<String> maps = new ArrayList<>();
        readable(Hidden.class, maps, new HashSet<>());
        assertThat(maps).hasSize(4).noneMatch(m -> m.contains("fine"));
    }

    /** Each part of a view a template reads: a record's components, public fields, public getters. */
    private static void readable(Class<?> type, List<String> maps, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                check(c.getGenericType(), type.getName() + "." + c.getName(), maps, seen);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())) {
                check(field.getGenericType(), type.getName() + "." + field.getName(), maps, seen);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && !method.isSynthetic()
                    && !List.of("hashCode", "toString").contains(method.getName())
                    && !(type.isRecord() && isComponent(type, method))) {
                check(method.getGenericReturnType(), type.getName() + "." + method.getName() + "()", maps, seen);
            }
        }
    }

    private static boolean isComponent(Class<?> record, Method method) {
        return Stream.of(record.getRecordComponents()).anyMatch(c -> c.getName().equals(method.getName()));
    }

    /** Adds {@code where} to {@code maps} when {@code type} is or holds a map (or a map's entry). */
    private static void check(Type type, String where, List<String> maps, Set<Class<?>> seen) {
        if (holdsMap(type, where, maps, seen)) {
            maps.add(where + ": " + type.getTypeName());
        }
    }

    private static boolean holdsMap(Type type, String where, List<String> maps, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return holdsMap(c.getComponentType(), where, maps, seen);
            }
            if (Map.class.isAssignableFrom(c) || Map.Entry.class.isAssignableFrom(c)) {
                return true;
            }
            if (c.getName().startsWith("org.telerehab.portal.")
                    && (c.isRecord() || c.isAnnotationPresent(TemplateData.class))) {
                readable(c, maps, seen);
            }
            return false;
        }
        if (type instanceof ParameterizedType p) {
            boolean any = holdsMap(p.getRawType(), where, maps, seen);
            for (Type argument : p.getActualTypeArguments()) {
                any |= holdsMap(argument, where, maps, seen);
            }
            return any;
        }
        if (type instanceof GenericArrayType a) {
            return holdsMap(a.getGenericComponentType(), where, maps, seen);
        }
        if (type instanceof WildcardType w) {
            boolean any = false;
            for (Type bound : w.getUpperBounds()) {
                any |= holdsMap(bound, where, maps, seen);
            }
            return any;
        }
        if (type instanceof TypeVariable<?> v) {
            boolean any = false;
            for (Type bound : v.getBounds()) {
                any |= holdsMap(bound, where, maps, seen);
            }
            return any;
        }
        return false;
    }

    /** Every class (nested ones included) compiled into the package's directory of the class path. */
    private static List<Class<?>> classesOf(String pkg) throws IOException, URISyntaxException,
            ClassNotFoundException {
        URL url = NoMapsInTemplatesTest.class.getClassLoader().getResource(pkg.replace('.', '/'));
        assertThat(url).as("the package is on the class path").isNotNull();
        List<Class<?>> out = new ArrayList<>();
        for (URL root : java.util.Collections.list(NoMapsInTemplatesTest.class.getClassLoader()
                .getResources(pkg.replace('.', '/')))) {
            if (!"file".equals(root.getProtocol())) {
                continue;
            }
            Path dir = Path.of(root.toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                    Class<?> c = Class.forName(pkg + "." + simple, false,
                            NoMapsInTemplatesTest.class.getClassLoader());
                    if (!c.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes")) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
