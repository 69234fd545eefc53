package org.broadsheet.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BroadsheetCommand.class.getPackage().getImplementationVersion();
        return new String[] {"broadsheet " + (v == null ? "development build" : v)};
    }
}
