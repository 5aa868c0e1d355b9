package io.devzone.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository layout with {@link FakeService} built as each module's quarkus-run.jar. */
final class FakeRepository {

    private FakeRepository() {
    }

    static Path create(Path root, String... modules) throws IOException {
        Files.createDirectories(root.resolve("launcher"));
        Files.writeString(root.resolve("mvnw"), "");
        for (String module : modules) {
            writeJar(root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"));
        }
        return root;
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        // The JDBC driver, for a run against the embedded database.
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toString());
        Files.createDirectories(jar.getParent());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = FakeService.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }
}
