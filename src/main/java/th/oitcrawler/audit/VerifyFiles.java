package th.oitcrawler.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every output file of a verify run into one folder. */
final class VerifyFiles {
    private VerifyFiles() {
    }

    static void write(VerifyReport report, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(Verification.JSON))) {
            VerifyJsonWriter.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(Verification.CSV))) {
            VerifyCsvWriter.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(Verification.HTML))) {
            VerifyHtmlWriter.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(Verification.MANIFEST))) {
            ManifestJsonWriter.write(report, out);
        }
    }
}
