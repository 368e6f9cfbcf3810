package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.server.AccessKey;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.AllowedHosts;
import com.apartmentbooking.local.server.AllowedOrigins;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start the runtime.
 *
 * @param dataDirectory where state lives across restarts; null keeps everything in memory (tests)
 * @param port the front door's port; 0 picks a free one
 * @param sampleData DynamoDB items to put into tables the first time they are created, or null
 * @param maxInstancesPerFunction how many instances (JVMs) of one function may run at once
 * @param warmFunctions start one instance of each function before reporting ready, rather than on first use
 * @param credentials access keys accepted besides the functions' own and the README's (SigV4-verified APIs)
 * @param allowedHosts the {@code Host} names answered besides loopback ones, AWS's and the bind address
 * @param allowedOrigins the web origins allowed besides loopback ones
 * @param reset delete the data directory before the start, for a fresh one ({@code --reset}; the caller does it)
 * @param tableStatusDelay how long DynamoDB tables stay CREATING, UPDATING or DELETING
 * @param fsync force each acknowledged write to the disk, not only to the operating system, before answering
 */
public record RuntimeOptions(Path template, Path dataDirectory, int port, String bindAddress,
        Map<String, String> parameterOverrides, String stackName, String region, String accountId, Path sampleData,
        int maxInstancesPerFunction, boolean warmFunctions, List<AccessKey> credentials, AllowedHosts allowedHosts,
        AllowedOrigins allowedOrigins, boolean reset, Duration tableStatusDelay, boolean fsync) {

    public static final String USAGE = String.join("\n",
            "usage: local-runtime --template <template.yaml> [options]",
            "  --data-dir <dir>              keep state in <dir> across restarts (default: in memory);",
            "                                <dir>/tls/ca.pem is the CA that HTTPS clients trust",
            "  --reset                       delete the --data-dir first and start afresh",
            "  --fsync <true|false>          force each acknowledged write to the disk before answering, so that it",
            "                                also survives a power cut or an OS crash (default false: it is written to",
            "                                the OS before the answer, which survives any crash of the runtime)",
            "  --port <n>                    the front door's port (default 4566; 0 picks a free one)",
            "  --bind <address>              the address to listen on (default 127.0.0.1)",
            "  --parameter <Name=Value>      a template parameter (repeatable)",
            "  --stack-name <name>           prefixes generated resource names (default local)",
            "  --region <region>             default us-east-1",
            "  --sample-data <file.json>     items to seed into newly created tables, by table logical id",
            "  --max-instances <n>           instances per function (default 4)",
            "  --warm-functions <true|false> start one instance of each function before ready (default false)",
            "  --dynamodb-table-delay <ms>   how long a DynamoDB table stays CREATING, UPDATING or DELETING (default",
            "                                500; 0 finishes the change before CreateTable, UpdateTable or DeleteTable",
            "                                answers)",
            "  --credentials <ID:SECRET[:TOKEN],...>  more access keys whose SigV4 signatures are checked",
            "                                (DynamoDB and its Streams, which refuse unsigned requests and serve",
            "                                unknown keys unchecked; AppSync's AWS_IAM), besides the functions' own",
            "                                and local:local",
            "  --allowed-hosts <name,...>    Host names answered besides localhost, *.localhost, 127.0.0.0/8, [::1],",
            "                                *.amazonaws.com and the --bind address: exact names or *.suffix; * answers",
            "                                any (the check stops web pages reaching the runtime by DNS rebinding)",
            "  --allowed-origins <url,...>   web origins (http://host:port) whose pages may call the runtime from a",
            "                                browser besides http(s) on the loopback names above; * allows any. Others",
            "                                get no CORS headers and may not POST, PUT, DELETE or open WebSockets",
            "  Operator endpoints (/_local/*) take state-changing requests only with Content-Type: application/json.");

    public RuntimeOptions {
        parameterOverrides = Map.copyOf(parameterOverrides);
        credentials = List.copyOf(credentials);
        if (allowedHosts == null || allowedOrigins == null) {
            throw new IllegalArgumentException("allowed hosts and origins are required (AllowedHosts.loopback())");
        }
        if (template == null) {
            throw new IllegalArgumentException("--template is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
        }
        if (reset && dataDirectory == null) {
            throw new IllegalArgumentException("--reset deletes the data directory: give it with --data-dir");
        }
        if (tableStatusDelay == null || tableStatusDelay.isNegative()) {
            throw new IllegalArgumentException("the table status delay cannot be negative: " + tableStatusDelay);
        }
        if (maxInstancesPerFunction < 1) {
            throw new IllegalArgumentException("--max-instances must be at least 1: " + maxInstancesPerFunction);
        }
    }

    /** Options with the defaults, for the given template; the withers change one setting. */
    public static RuntimeOptions defaults(Path template) {
        return new RuntimeOptions(template, null, 4566, "127.0.0.1", Map.of(), "local", "us-east-1",
                "000000000000", null, 4, false, List.of(), AllowedHosts.loopback(), AllowedOrigins.loopback(), false,
                LocalDynamoDb.DEFAULT_TABLE_STATUS_DELAY, false);
    }

    public RuntimeOptions withDataDirectory(Path value) {
        return new RuntimeOptions(template, value, port, bindAddress, parameterOverrides, stackName, region, accountId,
                sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts, allowedOrigins, reset,
                tableStatusDelay, fsync);
    }

    public RuntimeOptions withPort(int value) {
        return new RuntimeOptions(template, dataDirectory, value, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts, allowedOrigins,
                reset, tableStatusDelay, fsync);
    }

    public RuntimeOptions withParameter(String name, String value) {
        Map<String, String> overrides = new LinkedHashMap<>(parameterOverrides);
        overrides.put(name, value);
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, overrides, stackName, region, accountId,
                sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts, allowedOrigins, reset,
                tableStatusDelay, fsync);
    }

    public RuntimeOptions withSampleData(Path value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, value, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts, allowedOrigins,
                reset, tableStatusDelay, fsync);
    }

    public RuntimeOptions withMaxInstancesPerFunction(int value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, value, warmFunctions, credentials, allowedHosts, allowedOrigins, reset,
                tableStatusDelay, fsync);
    }

    /** Where the local certificate authority and the front door's certificate are kept; null when in memory. */
    public Path tlsDirectory() {
        return dataDirectory == null ? null : dataDirectory.resolve("tls");
    }

    /** Whether the command line asks for the usage text rather than a start. */
    public static boolean asksForHelp(String... args) {
        return java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"));
    }

    public RuntimeOptions withWarmFunctions(boolean value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, value, credentials, allowedHosts, allowedOrigins,
                reset, tableStatusDelay, fsync);
    }

    public RuntimeOptions withAllowedHosts(AllowedHosts value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, value, allowedOrigins,
                reset, tableStatusDelay, fsync);
    }

    public RuntimeOptions withAllowedOrigins(AllowedOrigins value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts, value, reset,
                tableStatusDelay, fsync);
    }

    public RuntimeOptions withReset(boolean value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts,
                allowedOrigins, value, tableStatusDelay, fsync);
    }

    public RuntimeOptions withCredentials(List<AccessKey> value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, value, allowedHosts, allowedOrigins,
                reset, tableStatusDelay, fsync);
    }

    public RuntimeOptions withFsync(boolean value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts,
                allowedOrigins, reset, tableStatusDelay, value);
    }

    public RuntimeOptions withTableStatusDelay(Duration value) {
        return new RuntimeOptions(template, dataDirectory, port, bindAddress, parameterOverrides, stackName, region,
                accountId, sampleData, maxInstancesPerFunction, warmFunctions, credentials, allowedHosts,
                allowedOrigins, reset, value, fsync);
    }

    /** Reads the command line; throws IllegalArgumentException with a message for the user. */
    public static RuntimeOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + name);
            }
            if (name.equals("--reset")) {
                reset = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            if (name.equals("--parameter")) {
                int equals = value.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("--parameter takes Name=Value: " + value);
                }
                parameters.put(value.substring(0, equals), value.substring(equals + 1));
            } else {
                values.put(name, value);
            }
        }
        String templateText = values.remove("--template");
        if (templateText == null) {
            throw new IllegalArgumentException("--template is required");
        }
        RuntimeOptions options = defaults(Path.of(templateText));
        for (Map.Entry<String, String> option : values.entrySet()) {
            options = apply(options, option.getKey(), option.getValue());
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            options = options.withParameter(parameter.getKey(), parameter.getValue());
        }
        return options.withReset(reset);
    }

    private static RuntimeOptions apply(RuntimeOptions o, String name, String value) {
        return switch (name) {
            case "--data-dir" -> o.withDataDirectory(Path.of(value));
            case "--port" -> o.withPort(integer(name, value));
            case "--bind" -> new RuntimeOptions(o.template, o.dataDirectory, o.port, value, o.parameterOverrides,
                    o.stackName, o.region, o.accountId, o.sampleData, o.maxInstancesPerFunction, o.warmFunctions,
                    o.credentials, o.allowedHosts, o.allowedOrigins, o.reset, o.tableStatusDelay, o.fsync);
            case "--stack-name" -> new RuntimeOptions(o.template, o.dataDirectory, o.port, o.bindAddress,
                    o.parameterOverrides, value, o.region, o.accountId, o.sampleData, o.maxInstancesPerFunction,
                    o.warmFunctions, o.credentials, o.allowedHosts, o.allowedOrigins, o.reset, o.tableStatusDelay,
                    o.fsync);
            case "--region" -> new RuntimeOptions(o.template, o.dataDirectory, o.port, o.bindAddress,
                    o.parameterOverrides, o.stackName, value, o.accountId, o.sampleData, o.maxInstancesPerFunction,
                    o.warmFunctions, o.credentials, o.allowedHosts, o.allowedOrigins, o.reset, o.tableStatusDelay,
                    o.fsync);
            case "--sample-data" -> o.withSampleData(Path.of(value));
            case "--max-instances" -> o.withMaxInstancesPerFunction(integer(name, value));
            case "--warm-functions" -> o.withWarmFunctions(bool(name, value));
            case "--credentials" -> o.withCredentials(AcceptedCredentials.parse(value));
            case "--allowed-hosts" -> o.withAllowedHosts(AllowedHosts.parse(value));
            case "--allowed-origins" -> o.withAllowedOrigins(AllowedOrigins.parse(value));
            case "--dynamodb-table-delay" -> o.withTableStatusDelay(milliseconds(name, value));
            case "--fsync" -> o.withFsync(bool(name, value));
            default -> throw new IllegalArgumentException("unknown option: " + name);
        };
    }

    private static boolean bool(String name, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " takes true or false: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static Duration milliseconds(String name, String value) {
        int milliseconds = integer(name, value);
        if (milliseconds < 0) {
            throw new IllegalArgumentException(name + " takes 0 or more milliseconds: " + value);
        }
        return Duration.ofMillis(milliseconds);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException(name + " takes a number: " + value);
        }
    }
}
