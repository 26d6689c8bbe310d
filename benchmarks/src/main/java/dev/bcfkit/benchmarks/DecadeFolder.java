package dev.bcfkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a decade of returns to a folder, for timing {@code bcf check} over many files
 * (benchmarks/run.sh): 40 national quarters of {@value NationalQuarter#BOARDS} returns each,
 * 6,120 files named {@code q00-hwb000.json} to {@code q39-hwb152.json}. Quarter {@code k} is the
 * {@link NationalQuarter} of seed {@code NationalQuarter.SEED + k}, so the folder is the same on
 * every run. The library has return templates for three years only (2016/17 to 2018/19), so every
 * quarter mixes those twelve periods rather than being one real period.
 */
public final class DecadeFolder {
    /** National quarters in a decade. */
    public static final int QUARTERS = 40;

    private DecadeFolder() {
    }

    /**
     * Writes the decade.
     *
     * @param args the folder to write to (created if missing); without one, a new temporary folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("bcf-decade-");
        long bytes = write(folder, QUARTERS);
        System.out.println(QUARTERS * NationalQuarter.BOARDS + " returns, " + bytes + " bytes, in " + folder);
    }

    /**
     * Writes the first national quarters of the decade into a folder.
     *
     * @param folder an existing folder
     * @param quarters how many quarters: {@value #QUARTERS} for the decade
     * @return the bytes written
     * @throws IOException if a file cannot be written
     */
    static long write(Path folder, int quarters) throws IOException {
        long bytes = 0;
        for (int k = 0; k < quarters; k++) {
            NationalQuarter quarter = NationalQuarter.generate(NationalQuarter.SEED + k);
            for (int i = 0; i < quarter.bytes().size(); i++) {
                Files.write(folder.resolve(String.format("q%02d-hwb%03d.json", k, i)), quarter.bytes().get(i));
            }
            bytes += quarter.totalBytes();
        }
        return bytes;
    }
}
