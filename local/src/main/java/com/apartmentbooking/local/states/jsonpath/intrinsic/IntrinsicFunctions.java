package com.apartmentbooking.local.states.jsonpath.intrinsic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 18 intrinsic functions of the Amazon States Language, by name. */
final class IntrinsicFunctions {
    private static final Map<String, IntrinsicFunction> BY_NAME = List.of(
                    new FormatFunction(),
                    new StringToJsonFunction(),
                    new JsonToStringFunction(),
                    new ArrayFunction(),
                    new ArrayPartitionFunction(),
                    new ArrayContainsFunction(),
                    new ArrayRangeFunction(),
                    new ArrayGetItemFunction(),
                    new ArrayLengthFunction(),
                    new ArrayUniqueFunction(),
                    new Base64EncodeFunction(),
                    new Base64DecodeFunction(),
                    new HashFunction(),
                    new JsonMergeFunction(),
                    new MathRandomFunction(),
                    new MathAddFunction(),
                    new StringSplitFunction(),
                    new UuidFunction())
            .stream()
            .collect(Collectors.toUnmodifiableMap(IntrinsicFunction::name, Function.identity()));

    private IntrinsicFunctions() {
    }

    static Optional<IntrinsicFunction> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
