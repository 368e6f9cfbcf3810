package com.apartmentbooking.local.dynamodb.expression;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the four expression languages. Grammar errors stop the parse at once with AWS's
 * "Syntax error; token: ..., near: ..." text. Semantic problems (reserved words, undefined placeholders, unknown
 * functions, bad operand types, overlapping paths) are collected while parsing and the most important one is
 * raised at the end, because AWS reports those by kind, not by position. In conditions the problems of the
 * operands themselves (undefined placeholders, operand counts, distinct operands, operand types) are settled by
 * the first comparison or function that has any: its own problem, by kind, is the one reported.
 *
 * <p>Condition precedence, loosest first: OR, AND, NOT, then comparisons, BETWEEN, IN and functions; parentheses
 * group. One parser instance parses one expression.
 */
final class Parser {

    /**
     * Semantic problems, declared in the order AWS gives precedence to them in update and projection expressions
     * when an expression has several. In updates an ADD or DELETE operand of a wrong type comes before the
     * functions' problems, of which the first one met is reported.
     */
    private enum Problem {
        REDUNDANT_PARENTHESES, RESERVED, UNKNOWN_FUNCTION, MISUSED_FUNCTION, SECTION, UNDEFINED_NAME,
        UNDEFINED_VALUE, UNDEFINED, OVERLAP, CONFLICT, ADD_DELETE_OPERAND, UPDATE_FUNCTION, OPERAND_COUNT, DISTINCT,
        OPERAND_TYPE
    }

    /** In conditions AWS reports parentheses and function names before reserved words, then the first operand problem. */
    private static final List<Problem> CONDITION_PRECEDENCE = List.of(
            Problem.REDUNDANT_PARENTHESES, Problem.UNKNOWN_FUNCTION, Problem.MISUSED_FUNCTION, Problem.RESERVED);
    /** The operand problems of one comparison or function, by kind; names and values undefined count as one kind. */
    private static final List<Problem> OPERAND_PRECEDENCE = List.of(
            Problem.UNDEFINED, Problem.OPERAND_COUNT, Problem.DISTINCT, Problem.OPERAND_TYPE);
    private static final List<Problem> DECLARED_PRECEDENCE = List.of(Problem.values());
    /** AWS's list of types in the message for an attribute_type given a path where a type name belongs. */
    private static final String ANY_TYPE = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";

    /** An operand before it is known whether it is a condition function or a value-producing operand. */
    private sealed interface Raw permits RawPath, RawValue, RawCall {
    }

    private record RawPath(DocumentPath path) implements Raw {
    }

    /** {@code value} is null when the placeholder is undefined (already recorded as a problem). */
    private record RawValue(AttributeValue value) implements Raw {
    }

    private record RawCall(String name, List<Raw> args) implements Raw {
    }

    private static final Map<String, Integer> CONDITION_FUNCTIONS = Map.of(
            "attribute_exists", 1, "attribute_not_exists", 1, "attribute_type", 2, "begins_with", 2,
            "contains", 2, "size", 1);
    private static final Set<String> ATTRIBUTE_TYPES =
            Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");
    private static final Set<String> CONDITION_KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Set<String> SECTIONS = Set.of("SET", "REMOVE", "ADD", "DELETE");
    private static final AttributeValue STAND_IN = new AttributeValue.Null();
    /** DynamoDB's limit on the length of one expression string, 4 KB. */
    private static final int MAX_EXPRESSION_BYTES = 4096;
    /** DynamoDB's limit on the candidates of one IN. */
    private static final int MAX_IN_OPERANDS = 100;
    /**
     * The deepest nesting of parentheses parsed. With at most 300 operators in an expression, parentheses nested
     * deeper than that enclose nothing new, so they are refused as redundant, before they exhaust the parser's stack.
     */
    private static final int MAX_NESTING = 300;

    private final String source;
    private final String parameter;
    private final ExpressionContext context;
    private final List<Token> tokens;
    private final Map<Problem, String> problems = new EnumMap<>(Problem.class);
    /** The operand problem of the first comparison or function that had one. */
    private String operandProblem;
    private int position;
    private int nesting;

    Parser(String source, String parameter, ExpressionContext context) {
        if (source == null || source.isBlank()) {
            throw DynamoDbException.validation("Invalid " + parameter + ": The expression can not be empty;");
        }
        int size = source.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            throw DynamoDbException.validation("Invalid " + parameter
                    + ": Expression size has exceeded the maximum allowed size; expression size: " + size);
        }
        this.source = source;
        this.parameter = parameter;
        this.context = context;
        this.tokens = Lexer.tokenize(source);
    }

    Condition condition() {
        Condition condition = or();
        expectEnd();
        finish(CONDITION_PRECEDENCE);
        settleOperandProblem();
        if (operandProblem != null) {
            throw invalid(operandProblem);
        }
        return condition;
    }

    Projection projection() {
        List<DocumentPath> paths = new ArrayList<>();
        paths.add(path());
        while (peek().is(",")) {
            next();
            paths.add(path());
        }
        expectEnd();
        checkOverlaps(paths);
        finish(DECLARED_PRECEDENCE);
        return new Projection(paths);
    }

    Update update() {
        Set<String> sections = new LinkedHashSet<>();
        List<Update.Action> actions = new ArrayList<>();
        do {
            Token keyword = next();
            String section = keyword.text().toUpperCase(Locale.ROOT);
            if (keyword.kind() != Token.Kind.WORD || !SECTIONS.contains(section)) {
                throw syntaxError(keyword);
            }
            if (!sections.add(section)) {
                problem(Problem.SECTION, "The \"" + section + "\" section can only be used once in an update expression;");
            }
            actions.add(action(section));
            while (peek().is(",")) {
                next();
                actions.add(action(section));
            }
        } while (peek().kind() != Token.Kind.END);
        checkOverlaps(actions.stream().map(Update.Action::path).toList());
        finish(DECLARED_PRECEDENCE);
        return new Update(actions);
    }

    // ---- conditions

    private Condition or() {
        Condition condition = and();
        while (peek().isKeyword("OR")) {
            next();
            condition = new Condition.Or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (peek().isKeyword("AND")) {
            next();
            condition = new Condition.And(condition, not());
        }
        return condition;
    }

    private Condition not() {
        if (peek().isKeyword("NOT")) {
            next();
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (peek().is("(") && groupsCondition()) {
            openGroup();
            Condition inner = or();
            close();
            return inner;
        }
        Condition condition = comparisonOrFunction();
        settleOperandProblem();
        return condition;
    }

    /** Once a comparison or function is parsed, the first operand problem so far is the one AWS reports. */
    private void settleOperandProblem() {
        if (operandProblem != null) {
            return;
        }
        OPERAND_PRECEDENCE.stream().filter(problems::containsKey).findFirst()
                .ifPresent(problem -> operandProblem = problems.get(problem));
    }

    private Condition comparisonOrFunction() {
        Raw left = operand();
        Token token = peek();
        Condition.Comparator comparator = comparator(token);
        if (comparator != null) {
            next();
            Raw right = operand();
            checkNotMisused(left, right);
            checkDistinct(comparator.symbol(), left, right);
            return new Condition.Compare(operand(left), comparator, operand(right));
        }
        if (token.isKeyword("BETWEEN")) {
            next();
            Raw low = operand();
            expectKeyword("AND");
            Raw high = operand();
            checkNotMisused(left, low, high);
            checkBounds(low, high);
            return new Condition.Between(operand(left), operand(low), operand(high));
        }
        if (token.isKeyword("IN")) {
            next();
            expect("(");
            List<Raw> candidates = new ArrayList<>();
            candidates.add(operand());
            while (peek().is(",")) {
                next();
                candidates.add(operand());
            }
            expect(")");
            if (candidates.size() > MAX_IN_OPERANDS) {
                problem(Problem.OPERAND_COUNT, "Too many operands for the operator or function; operator or function: IN, "
                        + "number of operands: " + candidates.size());
            }
            checkNotMisused(left);
            checkNotMisused(candidates.toArray(Raw[]::new));
            return new Condition.In(operand(left), candidates.stream().map(this::operand).toList());
        }
        if (left instanceof RawCall call) {
            return functionCondition(call);
        }
        throw syntaxError(token);
    }

    /**
     * Whether the '(' at the current position opens a grouped condition rather than a parenthesised operand such
     * as {@code (a) = :v} or {@code (a).b = :v}: the token after the matching ')' decides.
     */
    private boolean groupsCondition() {
        int depth = 0;
        for (int i = position; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                Token after = tokens.get(i + 1);
                boolean operand = comparator(after) != null || after.isKeyword("BETWEEN") || after.isKeyword("IN")
                        || after.is(".") || after.is("[");
                return !operand;
            }
        }
        return true;
    }

    private static Condition.Comparator comparator(Token token) {
        return token.kind() == Token.Kind.SYMBOL ? Condition.Comparator.ofSymbol(token.text()) : null;
    }

    private Raw operand() {
        Token token = peek();
        if (token.is("(")) {
            openGroup();
            Raw inner = operand();
            close();
            if (inner instanceof RawPath grouped && (peek().is(".") || peek().is("["))) {
                return new RawPath(continuePath(new ArrayList<>(grouped.path().steps())));
            }
            return inner;
        }
        if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            next();
            return new RawValue(value(token));
        }
        if (token.kind() == Token.Kind.WORD && tokens.get(position + 1).is("(")
                && !CONDITION_KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
            next();
            open();
            List<Raw> args = new ArrayList<>();
            args.add(operand());
            while (peek().is(",")) {
                next();
                args.add(operand());
            }
            close();
            RawCall call = new RawCall(token.text(), args);
            checkCall(call);
            return call;
        }
        if ((token.kind() == Token.Kind.WORD && !CONDITION_KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT)))
                || token.kind() == Token.Kind.NAME_PLACEHOLDER) {
            return new RawPath(path());
        }
        throw syntaxError(token);
    }

    private void checkCall(RawCall call) {
        Integer arity = CONDITION_FUNCTIONS.get(call.name());
        if (arity == null) {
            problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + call.name());
            return;
        }
        List<Raw> args = call.args();
        if (args.size() != arity) {
            problem(Problem.OPERAND_COUNT, "Incorrect number of operands for operator or function; operator or function: "
                    + call.name() + ", number of operands: " + args.size());
            return;
        }
        checkNotMisused(args.toArray(Raw[]::new));
        if (arity == 2) {
            checkDistinct(call.name(), args.get(0), args.get(1));
        }
        switch (call.name()) {
            case "attribute_exists", "attribute_not_exists" -> requirePath(call);
            case "attribute_type" -> {
                requirePath(call);
                Raw typeName = args.get(1);
                if (typeName instanceof RawValue value && value.value() instanceof AttributeValue.S type) {
                    if (!ATTRIBUTE_TYPES.contains(type.value())) {
                        problem(Problem.OPERAND_TYPE, "Invalid attribute type name found; type: " + type.value()
                                + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                    }
                } else if (typeName instanceof RawPath) {
                    incorrectOperandType(call.name(), ANY_TYPE);
                } else if (typeOf(typeName) != null) {
                    incorrectOperandType(call.name(), typeOf(typeName));
                }
            }
            case "begins_with" -> args.forEach(arg -> {
                String type = typeOf(arg);
                if (type != null && !Set.of("S", "B").contains(type)) {
                    incorrectOperandType(call.name(), type);
                }
            });
            case "size" -> {
                String type = typeOf(args.get(0));
                if (type != null && Set.of("N", "BOOL", "NULL").contains(type)) {
                    incorrectOperandType(call.name(), type);
                }
            }
            default -> {
                // contains accepts any operands; a mismatch simply makes it false.
            }
        }
    }

    /**
     * The type an operand is known to have before any item is read: a value's own, N for size(), BOOL for the
     * condition functions; null for a path or an undefined value.
     */
    private static String typeOf(Raw raw) {
        if (raw instanceof RawValue value) {
            return value.value() == null ? null : value.value().type();
        }
        if (raw instanceof RawCall call) {
            return call.name().equals("size") ? "N" : CONDITION_FUNCTIONS.containsKey(call.name()) ? "BOOL" : null;
        }
        return null;
    }

    private void requirePath(RawCall call) {
        if (!(call.args().get(0) instanceof RawPath)) {
            problem(Problem.OPERAND_TYPE, "Operator or function requires a document path; operator or function: " + call.name());
        }
    }

    private void incorrectOperandType(String function, String type) {
        problem(Problem.OPERAND_TYPE, "Incorrect operand type for operator or function; operator or function: "
                + function + ", operand type: " + type);
    }

    /** Only size() yields a value; the other functions are conditions and cannot be compared. */
    private void checkNotMisused(Raw... operands) {
        for (Raw operand : operands) {
            if (operand instanceof RawCall call && !call.name().equals("size")) {
                problem(Problem.MISUSED_FUNCTION,
                        "The function is not allowed to be used this way in an expression; function: " + call.name());
            }
        }
    }

    private void checkDistinct(String operator, Raw first, Raw second) {
        if (first instanceof RawPath a && second instanceof RawPath b && a.path().equals(b.path())) {
            problem(Problem.DISTINCT, "The first operand must be distinct from the remaining operands for this operator "
                    + "or function; operator: " + operator + ", first operand: " + a.path());
        }
    }

    private void checkBounds(Raw low, Raw high) {
        if (!(low instanceof RawValue lowValue) || !(high instanceof RawValue highValue)
                || lowValue.value() == null || highValue.value() == null) {
            return;
        }
        String bounds = "lower bound operand: AttributeValue: " + render(lowValue.value())
                + ", upper bound operand: AttributeValue: " + render(highValue.value());
        if (!lowValue.value().type().equals(highValue.value().type())) {
            problem(Problem.OPERAND_TYPE, "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
        } else {
            Integer order = Comparisons.compare(lowValue.value(), highValue.value());
            if (order != null && order > 0) {
                problem(Problem.OPERAND_TYPE, "The BETWEEN operator requires upper bound to be greater than or equal to "
                        + "lower bound; " + bounds);
            }
        }
    }

    /** AWS's rendering of a value in messages, e.g. {@code {N:500}}. */
    private static String render(AttributeValue value) {
        String json = AttributeValues.toJson(value).get(value.type()).asText();
        return "{" + value.type() + ":" + json + "}";
    }

    private Condition functionCondition(RawCall call) {
        List<Raw> args = call.args();
        Integer arity = CONDITION_FUNCTIONS.get(call.name());
        if (arity == null || arity != args.size()) {
            // checkCall recorded the problem and finish() raises it: this node is never evaluated.
            return new Condition.Always();
        }
        return switch (call.name()) {
            case "attribute_exists" -> new Condition.AttributeExists(pathOf(args.get(0)));
            case "attribute_not_exists" -> new Condition.AttributeNotExists(pathOf(args.get(0)));
            case "attribute_type" -> new Condition.AttributeType(pathOf(args.get(0)), operand(args.get(1)));
            case "begins_with" -> new Condition.BeginsWith(operand(args.get(0)), operand(args.get(1)));
            case "contains" -> new Condition.Contains(operand(args.get(0)), operand(args.get(1)));
            default -> {
                problem(Problem.MISUSED_FUNCTION,
                        "The function is not allowed to be used this way in an expression; function: " + call.name());
                yield new Condition.Always();
            }
        };
    }

    /** The path of a function argument; a non-path argument is already a recorded problem. */
    private static DocumentPath pathOf(Raw raw) {
        return raw instanceof RawPath path ? path.path() : DocumentPath.of("-");
    }

    /** The evaluable operand; anything invalid is already a recorded problem and gets a stand-in. */
    private Operand operand(Raw raw) {
        if (raw instanceof RawPath path) {
            return new Operand.Path(path.path());
        }
        if (raw instanceof RawValue value) {
            return new Operand.Value(value.value() == null ? STAND_IN : value.value());
        }
        RawCall call = (RawCall) raw;
        if (call.name().equals("size") && call.args().size() == 1) {
            return new Operand.Size(operand(call.args().get(0)));
        }
        return new Operand.Value(STAND_IN);
    }

    // ---- update actions

    private Update.Action action(String section) {
        DocumentPath path = updatePath();
        switch (section) {
            case "SET" -> {
                expect("=");
                return new Update.SetAction(path, setValue());
            }
            case "REMOVE" -> {
                return new Update.RemoveAction(path);
            }
            default -> {
                Token token = next();
                if (token.kind() != Token.Kind.VALUE_PLACEHOLDER) {
                    throw syntaxError(token);
                }
                AttributeValue value = value(token);
                checkAddDeleteOperand(section, value);
                AttributeValue operand = value == null ? STAND_IN : value;
                return section.equals("ADD")
                        ? new Update.AddAction(path, operand)
                        : new Update.DeleteAction(path, operand);
            }
        }
    }

    private void checkAddDeleteOperand(String section, AttributeValue value) {
        if (value == null || value instanceof AttributeValue.SS || value instanceof AttributeValue.NS
                || value instanceof AttributeValue.BS || (section.equals("ADD") && value instanceof AttributeValue.N)) {
            return;
        }
        String type = switch (value.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "L" -> "LIST";
            case "M" -> "MAP";
            default -> "NULL";
        };
        problem(Problem.ADD_DELETE_OPERAND, "Incorrect operand type for operator or function; operator: " + section
                + ", operand type: " + type);
    }

    private SetValue setValue() {
        SetValue left = setOperand();
        if (peek().is("+") || peek().is("-")) {
            String operator = next().text();
            SetValue right = setOperand();
            requireLiteralType(operator, "N", left, right);
            return operator.equals("+") ? new SetValue.Plus(left, right) : new SetValue.Minus(left, right);
        }
        return left;
    }

    private SetValue setOperand() {
        Token token = peek();
        if (token.is("(")) {
            open();
            SetValue inner = setValue();
            close();
            return inner;
        }
        if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            next();
            AttributeValue value = value(token);
            return new SetValue.Value(value == null ? STAND_IN : value);
        }
        if (token.kind() == Token.Kind.WORD && tokens.get(position + 1).is("(")) {
            next();
            open();
            List<SetValue> args = new ArrayList<>();
            args.add(setOperand());
            while (peek().is(",")) {
                next();
                args.add(setOperand());
            }
            close();
            return updateFunction(token.text(), args);
        }
        if (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.NAME_PLACEHOLDER) {
            return new SetValue.Path(updatePath());
        }
        throw syntaxError(token);
    }

    /** A path in an update expression, where the section keywords are part of the grammar, not names. */
    private DocumentPath updatePath() {
        Token token = peek();
        if (token.kind() == Token.Kind.WORD && SECTIONS.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw syntaxError(token);
        }
        return path();
    }

    private SetValue updateFunction(String name, List<SetValue> args) {
        if (!name.equals("if_not_exists") && !name.equals("list_append")) {
            problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return new SetValue.Value(STAND_IN);
        }
        if (args.size() != 2) {
            problem(Problem.UPDATE_FUNCTION, "Incorrect number of operands for operator or function; operator or "
                    + "function: " + name + ", number of operands: " + args.size());
            return new SetValue.Value(STAND_IN);
        }
        if (name.equals("list_append")) {
            requireLiteralType(name, "L", args.get(0), args.get(1));
            return new SetValue.ListAppend(args.get(0), args.get(1));
        }
        if (args.get(0) instanceof SetValue.Path path) {
            return new SetValue.IfNotExists(path.path(), args.get(1));
        }
        problem(Problem.UPDATE_FUNCTION, "Operator or function requires a document path; operator or function: "
                + name);
        return new SetValue.Value(STAND_IN);
    }

    /** A literal operand of +, - or list_append must have the type the operator works on. */
    private void requireLiteralType(String operator, String type, SetValue... operands) {
        for (SetValue operand : operands) {
            if (operand instanceof SetValue.Value value && value.value() != STAND_IN
                    && !value.value().type().equals(type)) {
                problem(Problem.UPDATE_FUNCTION, "Incorrect operand type for operator or function; operator or "
                        + "function: " + operator + ", operand type: " + value.value().type());
            }
        }
    }

    // ---- paths and placeholders

    private DocumentPath path() {
        List<DocumentPath.Step> steps = new ArrayList<>();
        steps.add(new DocumentPath.Key(pathName(next())));
        return continuePath(steps);
    }

    /** The steps that follow the ones read, as in {@code (a).b[1]} after a parenthesised path. */
    private DocumentPath continuePath(List<DocumentPath.Step> steps) {
        while (true) {
            if (peek().is(".")) {
                next();
                steps.add(new DocumentPath.Key(pathName(next())));
            } else if (peek().is("[")) {
                next();
                Token index = next();
                if (index.kind() != Token.Kind.NUMBER || index.text().length() > 9) {
                    throw syntaxError(index);
                }
                expect("]");
                steps.add(new DocumentPath.Index(Integer.parseInt(index.text())));
            } else {
                return new DocumentPath(steps);
            }
        }
    }

    private String pathName(Token token) {
        if (token.kind() == Token.Kind.WORD) {
            if (ReservedWords.contains(token.text())) {
                problem(Problem.RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + token.text());
            }
            return token.text();
        }
        if (token.kind() == Token.Kind.NAME_PLACEHOLDER) {
            String name = context.name(token.text());
            if (name == null) {
                String message = "An expression attribute name used in the document path is not defined; "
                        + "attribute name: " + token.text();
                problem(Problem.UNDEFINED_NAME, message);
                problem(Problem.UNDEFINED, message);
                return token.text();
            }
            return name;
        }
        throw syntaxError(token);
    }

    private AttributeValue value(Token token) {
        AttributeValue value = context.value(token.text());
        if (value == null) {
            String message = "An expression attribute value used in expression is not defined; attribute value: "
                    + token.text();
            problem(Problem.UNDEFINED_VALUE, message);
            problem(Problem.UNDEFINED, message);
        }
        return value;
    }

    /**
     * Two paths overlap when one is a prefix of the other (or both are equal) and conflict when they walk the same
     * way and then one indexes a list where the other names a map key.
     */
    private void checkOverlaps(List<DocumentPath> paths) {
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                List<DocumentPath.Step> one = paths.get(i).steps();
                List<DocumentPath.Step> two = paths.get(j).steps();
                int k = 0;
                while (k < one.size() && k < two.size() && one.get(k).equals(two.get(k))) {
                    k++;
                }
                String both = "must remove or rewrite one of these paths; path one: " + paths.get(i)
                        + ", path two: " + paths.get(j);
                if (k == one.size() || k == two.size()) {
                    problem(Problem.OVERLAP, "Two document paths overlap with each other; " + both);
                } else if (one.get(k).getClass() != two.get(k).getClass()) {
                    problem(Problem.CONFLICT, "Two document paths conflict with each other; " + both);
                }
            }
        }
    }

    // ---- tokens and errors

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != Token.Kind.END) {
            position++;
        }
        return token;
    }

    private void expect(String symbol) {
        Token token = next();
        if (!token.is(symbol)) {
            throw syntaxError(token);
        }
    }

    /**
     * Consumes a '(' that groups a condition or an operand. AWS refuses a group whose only content is another
     * group, as in {@code ((a))}.
     */
    private void openGroup() {
        int inner = position + 1;
        if (tokens.get(inner).is("(")) {
            int closing = matching(inner);
            if (closing >= 0 && tokens.get(closing + 1).is(")")) {
                problem(Problem.REDUNDANT_PARENTHESES, "The expression has redundant parentheses;");
            }
        }
        open();
    }

    /** The position of the ')' that closes the '(' at {@code opening}, or -1 when it is never closed. */
    private int matching(int opening) {
        int depth = 0;
        for (int i = opening; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Consumes a '(' that nests what follows one level deeper. */
    private void open() {
        next();
        if (++nesting > MAX_NESTING) {
            throw invalid("The expression has redundant parentheses;");
        }
    }

    private void close() {
        expect(")");
        nesting--;
    }

    private void expectKeyword(String keyword) {
        Token token = next();
        if (!token.isKeyword(keyword)) {
            throw syntaxError(token);
        }
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw syntaxError(peek());
        }
    }

    private void problem(Problem kind, String message) {
        problems.putIfAbsent(kind, message);
    }

    private void finish(List<Problem> precedence) {
        for (Problem problem : precedence) {
            if (problems.containsKey(problem)) {
                throw invalid(problems.get(problem));
            }
        }
    }

    DynamoDbException invalid(String message) {
        return DynamoDbException.validation("Invalid " + parameter + ": " + message);
    }

    /** AWS quotes the offending token and the source from the token before it up to the offending one. */
    private DynamoDbException syntaxError(Token token) {
        int index = tokens.indexOf(token);
        int start = index > 0 ? tokens.get(index - 1).start() : token.start();
        String near = source.substring(start, token.end()).trim();
        return invalid("Syntax error; token: \"" + token.quoted() + "\", near: \"" + near + "\"");
    }
}
