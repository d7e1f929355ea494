package com.phonesmith.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the REST resource methods of a service that do not say who may call them: no {@code @RolesAllowed},
 * {@code @PermitAll}, {@code @DenyAll} or {@code @Authenticated}, on the method or on its class. Such a method is
 * refused to everybody at run time (deny-unannotated-endpoints), which hides the mistake instead of showing it;
 * this check makes it a failing test.
 */
public final class EndpointAnnotations {
    private static final Set<String> WHO_MAY_CALL = Set.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated");
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private EndpointAnnotations() {
    }

    /** Fails naming every resource method under {@code classesDir} (e.g. {@code target/classes}) without one. */
    public static void assertEveryEndpointStatesWhoMayCallIt(Path classesDir) {
        List<String> resourceMethods = new ArrayList<>();
        List<String> unannotated = new ArrayList<>();
        for (Class<?> type : classesUnder(classesDir)) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue; // REST client interfaces and bases; the concrete resource is checked
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isResourceMethod(method)) {
                    resourceMethods.add(type.getSimpleName() + "." + method.getName());
                    if (!statesWhoMayCall(method) && !statesWhoMayCall(type)) {
                        unannotated.add(type.getName() + "." + method.getName());
                    }
                }
            }
        }
        if (resourceMethods.isEmpty()) {
            throw new AssertionError("no REST resource method found under " + classesDir);
        }
        if (!unannotated.isEmpty()) {
            throw new AssertionError("these endpoints do not state who may call them (add @RolesAllowed, or"
                    + " @PermitAll where anybody may):\n  " + String.join("\n  ", unannotated));
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(a -> Arrays.stream(a.getAnnotations())
                        .anyMatch(meta -> meta.annotationType().getName().equals(HTTP_METHOD)));
    }

    private static boolean statesWhoMayCall(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations()).anyMatch(a -> WHO_MAY_CALL.contains(a.annotationType().getName()));
    }

    private static List<Class<?>> classesUnder(Path root) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name + " to check its endpoints", e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
