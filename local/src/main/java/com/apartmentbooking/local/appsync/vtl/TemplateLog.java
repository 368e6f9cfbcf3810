package com.apartmentbooking.local.appsync.vtl;

/**
 * {@code $util.log}: what AppSync writes to CloudWatch Logs goes to the runtime's log. A message with arguments has
 * each {@code {}} replaced by the next argument. Renders nothing.
 */
public final class TemplateLog {

    private static final System.Logger LOG = System.getLogger(TemplateLog.class.getName());

    TemplateLog() {
    }

    public void info(Object message) {
        LOG.log(System.Logger.Level.INFO, String.valueOf(message));
    }

    public void info(String message, Object... arguments) {
        LOG.log(System.Logger.Level.INFO, fill(message, arguments));
    }

    public void error(Object message) {
        LOG.log(System.Logger.Level.ERROR, String.valueOf(message));
    }

    public void error(String message, Object... arguments) {
        LOG.log(System.Logger.Level.ERROR, fill(message, arguments));
    }

    /** {@code message} with each {@code {}} replaced by the next argument; placeholders beyond them stay. */
    static String fill(String message, Object... arguments) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Object argument : arguments) {
            int at = message.indexOf("{}", from);
            if (at < 0) {
                break;
            }
            out.append(message, from, at).append(argument);
            from = at + 2;
        }
        return out.append(message.substring(from)).toString();
    }
}
