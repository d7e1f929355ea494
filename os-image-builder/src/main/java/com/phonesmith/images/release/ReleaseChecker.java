package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds what is wrong with a release, each problem as a sentence for the person importing it. A release
 * without problems has unique package names, every dependency and conflict naming a package or a virtual
 * name some package provides, sound file paths that no two packages share on a partition, a catalog map
 * pointing at packages on the right partition, and can be installed: every model on its own, and every
 * feature and app on at least one model.
 */
public final class ReleaseChecker {
    private ReleaseChecker() {
    }

    public static List<String> check(Release release) {
        List<String> problems = new ArrayList<>();
        if (release.version() == null || release.version().isBlank()) {
            problems.add("the release has no version");
        }
        checkPackages(release, problems);
        Map<String, Set<String>> providers = providers(release);
        release.packages().forEach(p -> checkRelations(p, providers, problems));
        checkFiles(release, problems);
        checkCatalog(release, problems);
        if (problems.isEmpty()) {
            checkInstallable(release, problems);
        }
        return problems;
    }

    private static void checkPackages(Release release, List<String> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReleasePackage p : release.packages()) {
            if (blank(p.name())) {
                problems.add("a package has no name");
                continue;
            }
            counts.merge(p.name(), 1, Integer::sum);
            if (blank(p.version())) {
                problems.add("package " + p.name() + " has no version");
            }
            if (p.partition() == null) {
                problems.add("package " + p.name() + " has no partition");
            }
        }
        counts.forEach((name, count) -> {
            if (count > 1) {
                problems.add("package name " + name + " is used by " + count + " packages");
            }
        });
    }

    /** Every name a package answers to (its own and what it provides) with the packages answering to it. */
    private static Map<String, Set<String>> providers(Release release) {
        Map<String, Set<String>> providers = new HashMap<>();
        for (ReleasePackage p : release.packages()) {
            providers.computeIfAbsent(p.name(), n -> new TreeSet<>()).add(p.name());
            p.provides().forEach(v -> providers.computeIfAbsent(v, n -> new TreeSet<>()).add(p.name()));
        }
        return providers;
    }

    private static void checkRelations(ReleasePackage p, Map<String, Set<String>> providers, List<String> problems) {
        for (String dependency : p.depends()) {
            List<String> names = ReleasePackage.alternatives(dependency);
            if (names.stream().anyMatch(ReleaseChecker::blank)) {
                problems.add("package " + p.name() + " has an empty dependency '" + dependency + "'");
            } else if (names.stream().noneMatch(providers::containsKey)) {
                problems.add("package " + p.name() + " depends on " + String.join(" | ", names)
                        + ", which no package provides");
            }
        }
        for (String conflict : p.conflicts()) {
            if (blank(conflict)) {
                problems.add("package " + p.name() + " has an empty conflict");
            } else if (!providers.containsKey(conflict)) {
                problems.add("package " + p.name() + " conflicts with " + conflict
                        + ", which no package is or provides");
            }
        }
        for (String virtual : p.provides()) {
            if (blank(virtual)) {
                problems.add("package " + p.name() + " provides an empty name");
            }
        }
    }

    private static void checkFiles(Release release, List<String> problems) {
        Map<PackagePartition, Map<String, String>> installedBy = new HashMap<>();
        for (ReleasePackage p : release.packages()) {
            for (PackageFile file : p.files()) {
                String where = "package " + p.name() + " file " + file.path();
                String pathProblem = pathProblem(file.path());
                if (pathProblem != null) {
                    problems.add("package " + p.name() + " has a file at '" + file.path() + "': " + pathProblem);
                }
                checkContent(file, where, problems);
                if (p.partition() == null || file.path() == null) {
                    continue;
                }
                String other = installedBy.computeIfAbsent(p.partition(), k -> new HashMap<>())
                        .putIfAbsent(file.path(), p.name());
                if (other != null) {
                    problems.add(other.equals(p.name())
                            ? "package " + p.name() + " installs " + file.path() + " twice"
                            : file.path() + " is installed by both " + other + " and " + p.name() + " on the "
                                    + p.partition().name().toLowerCase() + " partition");
                }
            }
        }
    }

    private static void checkContent(PackageFile file, String where, List<String> problems) {
        int before = problems.size();
        if (file.mode() < 0 || file.mode() > 07777) {
            problems.add(where + " has an impossible mode " + Integer.toOctalString(file.mode()));
        }
        if (file.size() < 0) {
            problems.add(where + " has a negative size");
        }
        if (file.content() == null) {
            problems.add(where + " has no content");
        } else if (file.content() instanceof FileContent.Inline inline) {
            if (inline.bytes().length != file.size()) {
                problems.add(where + " declares " + file.size() + " bytes but its text has "
                        + inline.bytes().length);
            }
        } else if (file.content() instanceof FileContent.Generated generated && blank(generated.seed())) {
            problems.add(where + " has generated content without a seed");
        }
        if (file.content() != null && file.hasSha256() && problems.size() == before) {
            checkDigest(file, where, problems);
        }
    }

    private static void checkDigest(PackageFile file, String where, List<String> problems) {
        if (!file.sha256().matches("[0-9a-f]{64}")) {
            problems.add(where + " has a SHA-256 that is not 64 lower-case hex digits: " + file.sha256());
            return;
        }
        String actual = file.contentSha256();
        if (!actual.equals(file.sha256())) {
            problems.add(where + " gives SHA-256 " + file.sha256() + " but its content's is " + actual);
        }
    }

    /** Why a path is not absolute and normalised, or null if it is. */
    static String pathProblem(String path) {
        if (blank(path)) {
            return "the path is empty";
        }
        if (!path.startsWith("/")) {
            return "the path is not absolute";
        }
        if (path.endsWith("/")) {
            return "the path ends with a slash";
        }
        if (path.contains("\\") || path.contains("\0")) {
            return "the path has a backslash or NUL";
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                return "the path has an empty segment";
            }
            if (segment.equals("..")) {
                return "the path climbs with ..";
            }
            if (segment.equals(".")) {
                return "the path is not normalised";
            }
        }
        return null;
    }

    private static void checkCatalog(Release release, List<String> problems) {
        CatalogMap catalog = release.catalog();
        checkEntries(release, "model", catalog.models(), PackagePartition.VENDOR, problems);
        checkEntries(release, "feature", catalog.features(), PackagePartition.PRODUCT, problems);
        checkEntries(release, "app", catalog.apps(), PackagePartition.PRODUCT, problems);
        catalog.features().keySet().stream().filter(catalog.apps()::containsKey)
                .forEach(code -> problems.add("catalog code " + code + " is both a feature and an app"));
    }

    private static void checkEntries(Release release, String kind, Map<String, String> entries,
            PackagePartition partition, List<String> problems) {
        entries.forEach((code, packageName) -> {
            if (blank(code)) {
                problems.add("the catalog has a " + kind + " without a code");
                return;
            }
            release.packageNamed(packageName).ifPresentOrElse(p -> {
                if (p.partition() != null && p.partition() != partition) {
                    problems.add("catalog " + kind + " " + code + " points to " + packageName + " on the "
                            + p.partition() + " partition, but a " + kind + " belongs on " + partition);
                }
            }, () -> problems.add("catalog " + kind + " " + code + " points to " + packageName
                    + ", which does not exist"));
        });
    }

    private static void checkInstallable(Release release, List<String> problems) {
        SatResolver resolver = new SatResolver();
        List<String> models = List.copyOf(release.catalog().models().keySet());
        List<String> installableModels = new ArrayList<>();
        for (String model : models) {
            try {
                resolver.resolve(release, new Selection(model, List.of(), List.of()));
                installableModels.add(model);
            } catch (UnresolvableSelection e) {
                problems.add("model " + model + " cannot be installed: " + reason(e));
            }
        }
        if (installableModels.isEmpty()) {
            return;
        }
        for (String feature : release.catalog().features().keySet()) {
            checkOption(resolver, release, installableModels, "feature", feature,
                    m -> new Selection(m, List.of(feature), List.of()), problems);
        }
        for (String app : release.catalog().apps().keySet()) {
            checkOption(resolver, release, installableModels, "app", app,
                    m -> new Selection(m, List.of(), List.of(app)), problems);
        }
    }

    private static void checkOption(SatResolver resolver, Release release, List<String> models, String kind,
            String code, Function<String, Selection> selection, List<String> problems) {
        String reason = null;
        for (String model : models) {
            try {
                resolver.resolve(release, selection.apply(model));
                return;
            } catch (UnresolvableSelection e) {
                reason = Objects.requireNonNullElse(reason, "on " + model + ": " + reason(e));
            }
        }
        problems.add(kind + " " + code + " cannot be installed on any model; " + reason);
    }

    private static String reason(UnresolvableSelection e) {
        return e instanceof UnsatisfiableSelection unsatisfiable ? String.join("; ", unsatisfiable.reasons())
                : e.getMessage();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
