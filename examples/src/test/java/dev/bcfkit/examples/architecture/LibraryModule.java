package dev.bcfkit.examples.architecture;

import dev.bcfkit.core.Money;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.testkit.BcfArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The four published library modules, each with the root of its packages and its compiled
 * module descriptor, read from the directory or jar its classes were loaded from (the tests run
 * on the class path, where {@code module-info.class} is otherwise ignored).
 */
enum LibraryModule {
    CORE("dev.bcfkit.core", Money.class),
    RULES("dev.bcfkit.rules", BcfValidator.class),
    JSON("dev.bcfkit.json", BcfJson.class),
    TESTKIT("dev.bcfkit.testkit", BcfArbitraries.class);

    private final String root;
    private final Class<?> member;

    LibraryModule(String root, Class<?> member) {
        this.root = root;
        this.member = member;
    }

    /** @return the module's package root, which is also its module name */
    String root() {
        return root;
    }

    /** @return the module's compiled descriptor */
    ModuleDescriptor descriptor() {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    return ModuleDescriptor.read(in);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                ZipEntry entry = jar.getEntry("module-info.class");
                if (entry == null) {
                    throw new IllegalStateException(location + " has no module-info.class");
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return ModuleDescriptor.read(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the packages the module exports to everyone */
    Set<String> exported() {
        Set<String> packages = new TreeSet<>();
        for (ModuleDescriptor.Exports e : descriptor().exports()) {
            if (!e.isQualified()) {
                packages.add(e.source());
            }
        }
        return packages;
    }
}
