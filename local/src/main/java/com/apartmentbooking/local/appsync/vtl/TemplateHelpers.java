package com.apartmentbooking.local.appsync.vtl;

import com.apartmentbooking.local.clock.Clock;

/** The helpers every rendering shares: they hold no state of a rendering, only the clock. */
record TemplateHelpers(TemplateJson json, Identifiers identifiers, TemplateTime time, TemplateStrings strings,
        TemplateMath math, TemplateLists lists, TemplateMaps maps, TemplateDynamoDb dynamoDb, TemplateLog log) {

    static TemplateHelpers on(Clock clock) {
        TemplateJson json = new TemplateJson();
        return new TemplateHelpers(json, new Identifiers(clock), new TemplateTime(clock), new TemplateStrings(),
                new TemplateMath(), new TemplateLists(), new TemplateMaps(), new TemplateDynamoDb(json), new TemplateLog());
    }
}
