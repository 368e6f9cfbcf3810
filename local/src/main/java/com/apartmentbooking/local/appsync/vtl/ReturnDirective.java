package com.apartmentbooking.local.appsync.vtl;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * AppSync's {@code #return} and {@code #return($value)}: ends the template, whose result is then the value (null
 * without one) rather than the text rendered so far. Public because Velocity makes its directives itself.
 */
public final class ReturnDirective extends Directive {

    @Override
    public String getName() {
        return "return";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        Object value = node.jjtGetNumChildren() == 0 ? null : node.jjtGetChild(0).value(context);
        throw ((RenderState) context.get(RenderState.KEY)).returnWith(value);
    }
}
