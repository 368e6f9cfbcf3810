package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.SetValue;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An UPDATE's SET and REMOVE clauses as the update UpdateItem applies ({@link Update}): values, paths, {@code +}
 * and {@code -}, {@code list_append(a, b)}; {@code SET s = set_add(s, <<...>>)} and {@code set_delete} are the
 * update expression's ADD and DELETE of set members.
 */
final class UpdateCompiler {

    private final ValueResolver values;

    UpdateCompiler(ValueResolver values) {
        this.values = values;
    }

    Update compile(List<Statement.UpdateClause> clauses) {
        List<Update.Action> actions = new ArrayList<>();
        for (Statement.UpdateClause clause : clauses) {
            actions.add(action(clause));
        }
        return new Update(actions);
    }

    private Update.Action action(Statement.UpdateClause clause) {
        DocumentPath target = clause.path();
        if (clause.value() == null) {
            return new Update.RemoveAction(target);
        }
        if (clause.value() instanceof Expr.Call call
                && (call.name().equals("set_add") || call.name().equals("set_delete"))) {
            String operation = call.name().equals("set_add") ? "ADD" : "DELETE";
            if (call.arguments().size() != 2) {
                throw PartiqlErrors.setOperationArguments(operation);
            }
            if (!(call.arguments().get(0) instanceof Expr.Path first) || !first.path().equals(target)) {
                throw PartiqlErrors.setOperationTarget(operation);
            }
            Expr second = call.arguments().get(1);
            AttributeValue members = ValueResolver.isValue(second) ? values.value(second) : null;
            if (!(members instanceof AttributeValue.SS || members instanceof AttributeValue.NS
                    || members instanceof AttributeValue.BS)) {
                throw PartiqlErrors.setOperationValue(operation);
            }
            return operation.equals("ADD") ? new Update.AddAction(target, members)
                    : new Update.DeleteAction(target, members);
        }
        return new Update.SetAction(target, setValue(clause.value()));
    }

    private SetValue setValue(Expr expr) {
        if (expr instanceof Expr.Path path) {
            return new SetValue.Path(path.path());
        }
        if (expr instanceof Expr.Arithmetic arithmetic) {
            SetValue left = setValue(arithmetic.left());
            SetValue right = setValue(arithmetic.right());
            return arithmetic.operator().equals("+") ? new SetValue.Plus(left, right) : new SetValue.Minus(left, right);
        }
        if (expr instanceof Expr.Call call && call.name().equals("list_append") && call.arguments().size() == 2) {
            return new SetValue.ListAppend(setValue(call.arguments().get(0)), setValue(call.arguments().get(1)));
        }
        if (ValueResolver.isValue(expr)) {
            return new SetValue.Value(values.value(expr));
        }
        throw PartiqlErrors.unsupported("a SET value must be a value, a path, + or -, list_append, set_add or "
                + "set_delete");
    }
}
