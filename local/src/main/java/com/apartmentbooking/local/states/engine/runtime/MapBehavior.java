package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.MapState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonata.JsonataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Map: selects its items (ItemsPath, or Items in JSONata), records MapStateStarted with their
 * count, evaluates its concurrency and tolerance, and runs one iteration per item (or batch).
 */
final class MapBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        MapState map = (MapState) run.state();
        if (map.itemReader() != null) {
            throw new StatesError(StatesError.ITEM_READER_FAILED,
                    "ItemReader is not supported by this engine: it reads items from Amazon S3.");
        }
        if (map.resultWriter() != null) {
            throw new StatesError("States.ResultWriterFailed",
                    "ResultWriter is not supported by this engine: it writes results to Amazon S3.");
        }
        JsonNode selectorInput;
        ArrayNode items;
        if (map.queryLanguage() == QueryLanguage.JSONPATH) {
            selectorInput = JsonPathFlow.effectiveInput(run);
            JsonNode selected = JsonPathFlow.select(map.itemsPath(), run, selectorInput);
            if (!selected.isArray()) {
                throw new StatesError(StatesError.RUNTIME, "Map state input must be an array but was: " + selected);
            }
            items = (ArrayNode) selected;
        } else {
            selectorInput = run.input();
            items = jsonataItems(map, run);
        }
        if (map.itemBatcher() != null) {
            items = ItemBatches.group(map.itemBatcher(), items, run, selectorInput);
        }
        run.record(EventTypes.MAP_STATE_STARTED,
                EventDetails.of("mapStateStartedEventDetails").number("length", items.size()).build());
        MapSettings settings = MapSettings.evaluate(map.limits(), map.queryLanguage(), run, selectorInput);
        MapRun iterations = new MapRun(run, map, items, selectorInput, settings);
        run.suspend(iterations);
        iterations.begin();
    }

    @Override
    public void resume(StateRun run, JsonNode snapshot) {
        MapRun iterations = MapRun.restore(run, (MapState) run.state(), snapshot);
        run.suspend(iterations);
        iterations.resume(snapshot);
    }

    private static ArrayNode jsonataItems(MapState map, StateRun run) {
        if (map.items() == null) {
            if (!run.input().isArray()) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR,
                        "Map state input must be an array but was: " + run.input());
            }
            return (ArrayNode) run.input();
        }
        return (ArrayNode) JsonataTemplates.evaluate(map.items(), JsonataFlow.scope(run), "Items", JsonataType.ARRAY);
    }
}
