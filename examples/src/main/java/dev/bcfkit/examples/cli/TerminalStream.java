package dev.bcfkit.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or standard error as the commands see it: a UTF-8 print stream whose every
 * text passes through {@link Terminal#lines}, so no command can write a control character (other
 * than the line feed) to the terminal, whatever it prints. JSON output is unchanged by it (its
 * writer escapes the same characters inside strings), and the line breaks of text, CSV and HTML
 * stay line breaks.
 */
final class TerminalStream extends PrintStream {

    /**
     * @param target where the escaped text goes, as UTF-8
     */
    TerminalStream(OutputStream target) {
        super(target, false, StandardCharsets.UTF_8);
    }

    @Override
    public void print(String s) {
        super.print(Terminal.lines(s));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void println(char[] x) {
        synchronized (this) {
            print(x);
            println();
        }
    }
}
