package th.oitcrawler.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * The checklists shipped on the classpath as {@code /checklists/<id>.json} (the build copies the repo's
 * {@code checklists/} folder there). Lists them from a directory (target/classes, IDEs) or from a jar,
 * since the class path has no portable way to list a folder.
 */
final class BuiltInChecklists {

    static final String FOLDER = "checklists";
    private static final String SUFFIX = ".json";
    // Ids become resource names: no slashes or "..", so an id cannot reach other resources.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private BuiltInChecklists() {}

    /** The resource name as shown in messages, e.g. {@code checklists/ita-2568.json}. */
    static String fileName(String id) {
        return FOLDER + "/" + id + SUFFIX;
    }

    /** The file's bytes, or empty when no checklist has that id. */
    static Optional<byte[]> read(String id) {
        if (!ID.matcher(id).matches() || id.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try (InputStream in = BuiltInChecklists.class.getResourceAsStream("/" + fileName(id))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in checklist " + fileName(id), e);
        }
    }

    /** Every built-in id, sorted. */
    static List<String> ids() {
        Set<String> ids = new TreeSet<>();
        try {
            URL self = BuiltInChecklists.class.getProtectionDomain().getCodeSource().getLocation();
            collect(self, ids);
            Enumeration<URL> folders = BuiltInChecklists.class.getClassLoader().getResources(FOLDER);
            while (folders.hasMoreElements()) {
                collect(folders.nextElement(), ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list built-in checklists", e);
        }
        return List.copyOf(ids);
    }

    private static void collect(URL url, Set<String> ids) throws IOException {
        if ("jar".equals(url.getProtocol())) {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                collectJar(jar, ids);
            }
            return;
        }
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        Path path;
        try {
            path = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return;
        }
        if (Files.isRegularFile(path)) {
            try (JarFile jar = new JarFile(path.toFile())) {
                collectJar(jar, ids);
            }
            return;
        }
        Path folder = path.endsWith(FOLDER) ? path : path.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
                for (Path file : files) {
                    add(file.getFileName().toString(), ids);
                }
            }
        }
    }

    private static void collectJar(JarFile jar, Set<String> ids) {
        String prefix = FOLDER + "/";
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                add(name.substring(prefix.length()), ids);
            }
        }
    }

    private static void add(String fileName, Set<String> ids) {
        if (fileName.endsWith(SUFFIX)) {
            String id = fileName.substring(0, fileName.length() - SUFFIX.length());
            if (ID.matcher(id).matches()) {
                ids.add(id);
            }
        }
    }
}
