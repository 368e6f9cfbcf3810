package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a Map state: inline, legacy Iterator/Parameters, or distributed. */
final class MapParser {
    private MapParser() {
    }

    static MapState parse(String name, FieldReader reader, QueryLanguage language, Transition transition,
            StateIo io, ErrorHandling errors, GraphParser graphs) {
        StateParser.exclusive(reader, "ItemProcessor", "Iterator");
        StateParser.exclusive(reader, "ItemSelector", "Parameters");
        StateParser.exclusive(reader, "MaxConcurrency", "MaxConcurrencyPath");
        StateParser.exclusive(reader, "ToleratedFailureCount", "ToleratedFailureCountPath");
        StateParser.exclusive(reader, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        MapProcessor processor = graphs.processor(reader);
        JsonNode itemSelector = reader.has("ItemSelector") ? reader.object("ItemSelector") : reader.object("Parameters");
        if (language == QueryLanguage.JSONPATH) {
            TemplateChecks.check(itemSelector, reader.location(), reader.problems());
        }
        MapLimits limits = new MapLimits(
                reader.integerOrExpression("MaxConcurrency", 0, language),
                reader.path("MaxConcurrencyPath"),
                reader.integerOrExpression("ToleratedFailureCount", 0, language),
                reader.path("ToleratedFailureCountPath"),
                reader.numberOrExpression("ToleratedFailurePercentage", 0, 100, language),
                reader.path("ToleratedFailurePercentagePath"));
        JsonNode items = reader.any("Items");
        if (items != null && !items.isArray() && !FieldReader.isExpression(items)) {
            reader.problems().schema("Field 'Items' must be an array or a JSONata expression", reader.location("Items"));
        }
        JsonNode itemReader = reader.object("ItemReader");
        JsonNode itemBatcher = reader.object("ItemBatcher");
        JsonNode resultWriter = reader.object("ResultWriter");
        String label = reader.string("Label");
        if (transition == null || processor == null) {
            return null;
        }
        StateIo mapIo = new StateIo(io.inputPath(), null, io.resultSelector(), io.resultPath(), io.outputPath(),
                null, io.output(), io.assign());
        String itemsPath = language == QueryLanguage.JSONPATH ? reader.pathOrRoot("ItemsPath") : null;
        return new MapState(name, language, transition, mapIo, errors, processor, itemsPath, items, itemSelector,
                limits, itemReader, itemBatcher, resultWriter, label);
    }
}
