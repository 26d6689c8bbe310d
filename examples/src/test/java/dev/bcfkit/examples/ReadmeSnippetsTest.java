package dev.bcfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's property-testing set-up works in a new project as written: the example class is
 * the file the examples module compiles and runs, it also compiles from the README's own text,
 * the jqwik settings are the ones this module uses, and the Maven snippet declares what a new
 * project needs (JUnit Jupiter, Surefire running {@code *Properties}) at the versions this
 * build uses.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path classes;

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The first block of a language after a heading of the README. */
    private static String block(String heading, String language) throws IOException {
        String readme = readme();
        int at = readme.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "the README has the heading " + heading);
        int start = readme.indexOf("```" + language + "\n", at);
        int end = readme.indexOf("\n```\n", start);
        return readme.substring(start + language.length() + 4, end + 1);
    }

    @Test
    void thePropertyTestExampleIsTheFileTheBuildRuns() throws IOException {
        assertEquals(Files.readString(Path.of("src/test/java/dev/bcfkit/examples/PropertyTestingExampleProperties.java")),
                block("### A complete example", "java"));
    }

    @Test
    void thePropertyTestExampleCompilesFromTheReadmeText() throws IOException {
        String source = block("### A complete example", "java");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///PropertyTestingExampleProperties.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"), null, List.of(file)).call();
        assertTrue(compiled, diagnostics.toString());
        assertTrue(Files.exists(classes.resolve("dev/bcfkit/examples/PropertyTestingExampleProperties.class")));
    }

    @Test
    void theJqwikSettingsAreTheOnesThisModuleUses() throws IOException {
        String settings = block("## Property-testing your code with bcf-testkit", "properties");
        assertEquals(Files.readString(Path.of("src/test/resources/junit-platform.properties")), settings);
        assertTrue(settings.contains("jqwik.database = target/"), settings);
    }

    @Test
    void theMavenSetUpDeclaresJupiterAndRunsPropertiesAtThisBuildsVersions() throws Exception {
        Document snippet = xml("<project>" + block("## Property-testing your code with bcf-testkit", "xml") + "</project>");
        Document parent = xml(Files.readString(ROOT.resolve("pom.xml")));
        assertEquals("test", text(snippet, "//dependencies/dependency[artifactId='junit-jupiter']/scope"));
        assertEquals("test", text(snippet, "//dependencies/dependency[artifactId='bcf-testkit']/scope"));
        assertEquals(text(parent, "/*[local-name()='project']/*[local-name()='properties']/*[local-name()='junit.version']"),
                text(snippet, "//dependency[artifactId='junit-bom']/version"));
        assertEquals(text(parent, "/*[local-name()='project']/*[local-name()='version']"),
                text(snippet, "//dependency[artifactId='bcf-bom']/version"));
        assertEquals(text(parent, "//*[local-name()='maven-surefire-plugin.version']"),
                text(snippet, "//plugin[artifactId='maven-surefire-plugin']/version"));
        List<String> includes = new ArrayList<>();
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//plugin[artifactId='maven-surefire-plugin']//include", snippet, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            includes.add(nodes.item(i).getTextContent());
        }
        assertEquals(List.of("**/*Test.java", "**/*Tests.java", "**/*Properties.java"), includes);
    }

    @Test
    void theReadmeIdentifiesEveryPaperBeforeItCitesOne() throws IOException {
        String readme = readme();
        Matcher citation = Pattern.compile("\\[00[0-4]:").matcher(readme);
        assertTrue(citation.find());
        for (int paper = 0; paper <= 4; paper++) {
            int identified = readme.indexOf("- `[00" + paper + "]` ");
            assertTrue(identified >= 0 && identified < citation.start(), "[00" + paper + "] is identified before "
                    + "the README's first citation");
        }
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static String text(Document document, String xpath) throws Exception {
        String value = XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        assertTrue(!value.isEmpty(), xpath);
        return value.trim();
    }
}
