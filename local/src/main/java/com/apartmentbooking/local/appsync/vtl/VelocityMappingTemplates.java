package com.apartmentbooking.local.appsync.vtl;

import com.apartmentbooking.local.clock.Clock;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

/**
 * AppSync's VTL on Apache Velocity. Velocity is set up as AppSync's (a Velocity 1.7 engine) behaves: a reference
 * that resolves to nothing renders as its own text ({@code $foo}) unless written quiet ({@code $!foo}), {@code #if}
 * is false only for null and false (an empty string is true), and whitespace around directives is gobbled as in 1.7.
 * Templates are parsed once per text; a parsed template serves any number of concurrent renderings.
 */
public final class VelocityMappingTemplates implements MappingTemplates {

    /** The name Velocity gives a template in its messages, as AppSync's read ("at velocity[line 7, column 30]"). */
    private static final String TEMPLATE_NAME = "velocity";

    private final RuntimeInstance velocity = new RuntimeInstance();
    private final TemplateHelpers helpers;
    /** By text: the templates are the API's resolvers and functions, a set that only its definitions grow. */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /** Time from the system clock. */
    public VelocityMappingTemplates() {
        this(Instant::now);
    }

    /** Time ({@code $util.time}, ULIDs, KSUIDs) from {@code clock}, so that the runtime's clock advances are seen. */
    public VelocityMappingTemplates(Clock clock) {
        this.helpers = TemplateHelpers.on(clock);
        // A template's faults reach the caller as TemplateException, AppSync's MappingTemplate error; not the log.
        velocity.setProperty("runtime.log.instance", NOPLogger.NOP_LOGGER);
        velocity.setProperty("runtime.strict_mode.enable", "false");
        velocity.setProperty("directive.if.empty_check", "false");
        velocity.setProperty("parser.space_gobbling", "bc");
        velocity.setProperty("runtime.custom_directives", ReturnDirective.class.getName());
        // No way from a template to classes, class loaders, threads or processes, as in AppSync.
        velocity.setProperty("introspector.uberspect.class", SecureUberspector.class.getName());
        // Nor to files: #parse and #include find nothing, as AppSync has no templates besides the one rendered.
        velocity.setProperty("resource.loaders", "string");
        velocity.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
        velocity.init();
    }

    @Override
    public TemplateOutcome render(String template, TemplateContext context) {
        Template compiled = parsed.computeIfAbsent(template, this::parse);
        List<Object> outErrors = context.outErrors() == null ? new ArrayList<>() : new ArrayList<>(context.outErrors());
        RenderState state = new RenderState(context.info(), outErrors);
        StringWriter output = new StringWriter();
        try {
            compiled.merge(velocityContext(context, outErrors, state), output);
        } catch (RuntimeException e) {
            if (!stoppedBy(e)) {
                throw new TemplateException(e.getMessage(), e);
            }
        }
        if (state.returned()) {
            return new TemplateOutcome(helpers.json().write(state.returnedValue()), state.raised(), state.appended(),
                    true);
        }
        return new TemplateOutcome(output.toString(), state.raised(), state.appended(), false);
    }

    private Template parse(String text) {
        Template template = new Template();
        template.setName(TEMPLATE_NAME);
        template.setRuntimeServices(velocity);
        try {
            template.setData(velocity.parse(new StringReader(text), template));
            template.initDocument();
        } catch (ParseException | RuntimeException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        return template;
    }

    private VelocityContext velocityContext(TemplateContext context, List<Object> outErrors, RenderState state) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("arguments", context.arguments());
        ctx.put("args", context.arguments());
        ctx.put("source", context.source());
        ctx.put("identity", context.identity());
        ctx.put("request", context.request());
        ctx.put("info", context.info());
        ctx.put("stash", context.stash());
        ctx.put("prev", context.prev());
        ctx.put("result", context.result());
        ctx.put("error", context.error());
        ctx.put("outErrors", outErrors);
        TemplateUtil util = new TemplateUtil(state, helpers);
        VelocityContext velocityContext = new VelocityContext();
        velocityContext.put("ctx", ctx);
        velocityContext.put("context", ctx);
        velocityContext.put("util", util);
        velocityContext.put("utils", util);
        velocityContext.put(RenderState.KEY, state);
        return velocityContext;
    }

    /** Whether {@code e} is, or wraps, the stop of {@code $util.error} or {@code #return}. */
    private static boolean stoppedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateStop) {
                return true;
            }
        }
        return false;
    }
}
