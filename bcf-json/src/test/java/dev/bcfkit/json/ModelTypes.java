package dev.bcfkit.json;

import dev.bcfkit.core.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every class of bcf-core, found on the class path, for tests that must cover the whole model. */
final class ModelTypes {
    private ModelTypes() {
    }

    /** @return the classes of dev.bcfkit.core and its subpackages (not the module descriptor) */
    static List<Class<?>> all() {
        try {
            Path root = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    return files.map(root::relativize).map(Path::toString)
                            .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
                            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                            .map(ModelTypes::load).collect(Collectors.toList());
                }
            }
            try (var jar = new java.util.jar.JarFile(root.toFile())) {
                return jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .map(ModelTypes::load).collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
