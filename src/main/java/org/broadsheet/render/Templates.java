package org.broadsheet.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker templates of a site: the site's {@code templates/} folder first, then the built-in
 * theme in the jar, so a site overrides any theme file by putting one at the same path. {@code .ftlh}
 * and {@code .ftlx} files are auto-escaped for HTML and XML.
 */
public final class Templates {
    private final Configuration config;
    private final Path siteTemplates;

    static {
        selectNoLogging();
    }

    /** Template errors reach the user as problems; Freemarker's own logging would only repeat them. */
    @SuppressWarnings("deprecation")
    private static void selectNoLogging() {
        try {
            freemarker.log.Logger.selectLoggerLibrary(freemarker.log.Logger.LIBRARY_NONE);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private final String folderFingerprint;
    private final TemplateSources sources;

    public Templates(Path siteTemplates) throws IOException {
        this(siteTemplates, folderFingerprint(siteTemplates));
    }

    /** @param folderFingerprint {@link #folderFingerprint(Path)} of {@code siteTemplates}, already read */
    public Templates(Path siteTemplates, String folderFingerprint) throws IOException {
        this.siteTemplates = siteTemplates;
        this.folderFingerprint = folderFingerprint;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
            loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/theme"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // view records are read as ${article.title}, not ${article.title()}
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        c.setObjectWrapper(wrapper.build());
        this.config = c;
        this.sources = new TemplateSources(c.getTemplateLoader(), folderFingerprint);
    }

    /**
     * Every file of a site's templates folder with a hash of its bytes ("" when there is none): when
     * this is unchanged, so is every template the site overrides.
     */
    public static String folderFingerprint(Path siteTemplates) throws IOException {
        StringBuilder s = new StringBuilder();
        if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(siteTemplates)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    s.append(siteTemplates.relativize(p).toString().replace('\\', '/'))
                            .append('=')
                            .append(java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(p)), 0, 12))
                            .append('|');
                }
            }
        }
        return s.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #folderFingerprint} of the folder these templates were made from. */
    public String folderFingerprint() {
        return folderFingerprint;
    }

    /**
     * A hash of a template's text and of everything it imports or includes: what the pages made with
     * it depend on, besides their data and the program.
     */
    public String sourceHash(String templateName) {
        return sources.hash(templateName);
    }

    /**
     * Renders a template with a data model.
     *
     * @throws TemplateProblem naming the template file, line and column
     */
    public String render(String templateName, Map<String, Object> model) throws TemplateProblem {
        try {
            Template t = config.getTemplate(templateName);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateProblem(
                    where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            throw new TemplateProblem(
                    where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()), describe(e));
        } catch (IOException e) {
            throw new TemplateProblem(templateName, "cannot load template: " + e.getMessage());
        }
    }

    /** Where the template file lives, as a user would open it: templates/x.ftlh or theme:x.ftlh. */
    private String where(String name, Integer line, Integer column) {
        String file = name == null
                ? "template"
                : siteTemplates != null && Files.isRegularFile(siteTemplates.resolve(name))
                        ? "templates/" + name
                        : "theme:" + name;
        return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
    }

    /** Freemarker's message in one line, naming the expression to blame where there is one. */
    private static String describe(TemplateException e) {
        String message = firstLine(e.getMessageWithoutStackTop()).replaceAll(":$", "");
        String blamed = e.getBlamedExpressionString();
        return blamed == null || message.contains(blamed) ? message : message + ": ${" + blamed + "}";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "template error";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
